package org.levermap.model;

/**
 * Kinds of curated events on a project's timeline. A {@code schism} is a split announced on a day, with
 * parties on sides and an outcome (see {@link Event}).
 */
public enum EventKind implements Keyword {
    LICENSE_CHANGE, FORK, FOUNDATION_MOVE, GOVERNANCE_CHANGE, ACQUISITION, ALLIANCE, TRADEMARK, RELEASE,
    ANNOUNCEMENT, SCHISM, OTHER
}
