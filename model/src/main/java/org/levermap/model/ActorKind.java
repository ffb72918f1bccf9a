package org.levermap.model;

/** What sort of actor holds levers. */
public enum ActorKind implements Keyword {
    COMPANY, FOUNDATION, NONPROFIT, ACADEMIC, GOVERNMENT, PERSON, COMMUNITY
}
