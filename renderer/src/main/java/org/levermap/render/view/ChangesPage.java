package org.levermap.render.view;

import java.util.List;

/**
 * {@code changes/index.html} and its further pages: the ecosystem-wide change log, newest first. Pages
 * are numbered from the oldest change ({@code changes/page-1.html} holds the oldest), so that adding
 * changes at the top leaves the older pages as they were; the entry page, {@code changes/index.html},
 * has the highest number and the newest changes.
 *
 * @param changes the changes of this page
 * @param page 1-based page number, counted from the oldest
 * @param pages number of pages; on the entry page only (null on the others, unless the site's own
 *     {@code changes.ftlh} asks for the totals everywhere)
 * @param total changes in all pages; on the entry page only, as {@code pages}
 * @param alerts alerts in all pages; on the entry page only, as {@code pages}
 * @param notable notable changes in all pages; on the entry page only, as {@code pages}
 * @param previous the newer page, or null
 * @param next the older page, or null
 */
public record ChangesPage(List<ChangeView> changes, int page, Integer pages, Integer total, Integer alerts,
        Integer notable, String previous, String next) {
}
