package org.levermap.render.view;

import java.util.List;

/**
 * The page being rendered.
 *
 * @param path its path from the site root
 * @param title the document title (without the site's)
 * @param description a sentence for search engines and link previews
 * @param section the navigation entry it belongs to
 * @param canonical its absolute URL, or null without a base URL
 * @param crumbs the way to it from its section's page, empty for a page at the top of a section
 */
public record PageMeta(String path, String title, String description, String section, String canonical,
        List<Crumb> crumbs) {

    public PageMeta {
        crumbs = List.copyOf(crumbs);
    }

    /**
     * One step of the breadcrumbs.
     *
     * @param label what it says
     * @param href the page, from the site root; null for the page itself
     */
    public record Crumb(String label, String href) {
    }
}
