package org.levermap.render.view;

import java.util.List;

/**
 * {@code changes/index.html} and its further pages: the ecosystem-wide change log, newest first.
 *
 * @param changes the changes of this page
 * @param page 1-based page number
 * @param pages number of pages
 * @param total changes in all pages
 * @param alerts alerts in all pages
 * @param notable notable changes in all pages
 * @param previous the newer page, or null
 * @param next the older page, or null
 */
public record ChangesPage(List<ChangeView> changes, int page, int pages, int total, int alerts, int notable,
        String previous, String next) {
}
