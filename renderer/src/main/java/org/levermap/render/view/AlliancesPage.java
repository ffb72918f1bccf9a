package org.levermap.render.view;

import java.util.List;

/**
 * {@code alliances/index.html}: every coalition.
 *
 * @param alliances one row each
 */
public record AlliancesPage(List<Row> alliances) {

    /**
     * @param alliance the alliance
     * @param purposes why it exists
     * @param founded launch day, or null
     * @param current members now
     * @param former members that left
     */
    public record Row(Ref alliance, List<String> purposes, String founded, int current, int former) {
    }
}
