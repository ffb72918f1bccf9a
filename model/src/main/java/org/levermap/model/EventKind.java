package org.levermap.model;

/** Kinds of curated events on a project's timeline. */
public enum EventKind implements Keyword {
    LICENSE_CHANGE, FORK, FOUNDATION_MOVE, GOVERNANCE_CHANGE, ACQUISITION, ALLIANCE, TRADEMARK, RELEASE,
    ANNOUNCEMENT, OTHER
}
