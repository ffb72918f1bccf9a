package org.levermap.render.view;

/**
 * The page being rendered.
 *
 * @param path its path from the site root
 * @param title the document title (without the site's)
 * @param description a sentence for search engines and link previews
 * @param section the navigation entry it belongs to
 * @param canonical its absolute URL, or null without a base URL
 */
public record PageMeta(String path, String title, String description, String section, String canonical) {
}
