package org.levermap.model;

/** Governance-relevant documents a repository may contain. */
public enum DocumentKind implements Keyword {
    GOVERNANCE, CONTRIBUTING, CODE_OF_CONDUCT, SECURITY, SUPPORT, CODEOWNERS, MAINTAINERS, OWNERS, FUNDING,
    CITATION, CLA
}
