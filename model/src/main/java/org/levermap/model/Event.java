package org.levermap.model;

import java.time.LocalDate;

/**
 * A dated, curated event in a project's life.
 *
 * @param date the day it happened or was announced
 * @param kind what sort of event
 * @param title one line
 * @param source a URL, or a repository path at a commit, that says so
 * @param note Markdown
 */
public record Event(
        @Required LocalDate date,
        @Required EventKind kind,
        @Required String title,
        @Required @Source String source,
        String note) {
}
