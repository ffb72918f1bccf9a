package org.levermap.render.view;

import java.util.List;

/**
 * {@code index.html}: every project, with the filters' choices.
 *
 * @param projects one row each, by name
 * @param models the governance models present, as keyword and label
 * @param families the license families present
 * @param flags the flags present
 * @param recentChanges the newest notable changes and alerts
 * @param findings the summary that opens the page, written from the data
 */
public record IndexPage(List<ProjectRow> projects, List<Choice> models, List<Choice> families, List<Choice> flags,
        List<ChangeView> recentChanges, List<FindingView> findings) {

    /**
     * A filter value.
     *
     * @param value the keyword
     * @param label for people
     * @param count how many projects have it
     */
    public record Choice(String value, String label, int count) {
    }
}
