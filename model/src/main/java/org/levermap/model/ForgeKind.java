package org.levermap.model;

/** The forges whose APIs levermap reads. */
public enum ForgeKind implements Keyword {
    /** GitHub and GitHub Enterprise (REST API v3). */
    GITHUB,
    /** GitLab (REST API v4). */
    GITLAB,
    /** Forgejo and Gitea, e.g. Codeberg (API v1). */
    FORGEJO
}
