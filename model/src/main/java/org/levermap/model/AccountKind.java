package org.levermap.model;

/** What kind of account owns a repository or a package on a platform. */
public enum AccountKind implements Keyword {
    /** An organisation (several members, admins chosen inside it). */
    ORGANIZATION,
    /** One person's account. */
    USER
}
