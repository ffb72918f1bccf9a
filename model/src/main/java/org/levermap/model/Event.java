package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated, curated event in a project's life.
 *
 * @param date the day it happened or was announced; for a schism, the day the split was announced
 * @param kind what sort of event
 * @param title one line
 * @param source a URL, or a repository path at a commit, that says so
 * @param note Markdown
 * @param parties who took part, each on a side; a schism needs parties on both sides
 * @param outcome how it ended or stands, with its own source
 */
public record Event(
        @Required LocalDate date,
        @Required EventKind kind,
        @Required String title,
        @Required @Source String source,
        String note,
        List<Party> parties,
        Outcome outcome) {

    public Event {
        parties = Lists.of(parties);
    }

    /** An event without parties or outcome, as every event was before schisms. */
    public Event(LocalDate date, EventKind kind, String title, String source, String note) {
        this(date, kind, title, source, note, null, null);
    }

    /**
     * One party to an event: exactly one of {@code actor} and {@code project}.
     *
     * @param actor an organisation or person
     * @param project a project
     * @param side which side it took; required on a schism
     * @param role in words: "led the fork", "licensor", "acquirer"
     * @param source where its part is stated, when not in the event's source
     */
    public record Party(
            @Id(Id.Kind.ACTOR) String actor,
            @Id(Id.Kind.PROJECT) String project,
            Side side,
            String role,
            @Source String source) {
    }

    /** The side a party took in a split. */
    public enum Side implements Keyword {
        /** stayed with the original project or its steward */
        UPSTREAM,
        /** left with, led or backed the fork */
        FORK,
        /** took no side, or worked with both */
        NEUTRAL
    }

    /**
     * How an event ended or stands.
     *
     * @param date the day the outcome is stated for
     * @param summary Markdown, one or two sentences
     * @param source where that is stated
     */
    public record Outcome(
            LocalDate date,
            @Required String summary,
            @Required @Source String source) {
    }
}
