package org.levermap.render.view;

import java.util.List;

/**
 * What the platforms' APIs said in one snapshot, one row per observation, each with the API URL it
 * was read from: collected, as opposed to the curated levers beside it.
 *
 * @param read the day the APIs were read
 * @param rows the observations
 */
public record PlatformView(String read, List<Row> rows) {

    public PlatformView {
        rows = List.copyOf(rows);
    }

    /**
     * One observation.
     *
     * @param lever the lever it bears on, in a few words
     * @param observed what was observed
     * @param evidence the API URL it was read from
     */
    public record Row(String lever, String observed, ExtLink evidence) {
    }
}
