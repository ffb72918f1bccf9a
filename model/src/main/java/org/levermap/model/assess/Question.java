package org.levermap.model.assess;

import org.levermap.model.Keyword;

/**
 * The five questions every reader of a project page should be able to answer; the edge words each
 * ({@code Question.NAME}).
 */
public enum Question implements Keyword {
    LICENSE,
    REPOSITORY,
    INFRASTRUCTURE,
    ADMIN_ACCESS,
    DISAGREEMENT;
}
