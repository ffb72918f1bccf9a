package org.levermap.model;

/**
 * What sort of actor holds levers. A {@code bot} is an automation account (a dependency updater, a
 * translation platform, a merge robot): its commits are counted apart from people's and it is never
 * a top author, an organisation or a steward.
 */
public enum ActorKind implements Keyword {
    COMPANY, FOUNDATION, NONPROFIT, ACADEMIC, GOVERNMENT, PERSON, COMMUNITY, BOT
}
