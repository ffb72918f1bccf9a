package org.levermap.model;

/** What a project publishes. */
public enum ProjectKind implements Keyword {
    /** A library, framework, tool or service: source code. */
    SOFTWARE,
    /** Model weights, with or without code. */
    MODEL,
    /** A dataset. */
    DATASET,
    /** A specification or standard. */
    SPECIFICATION
}
