package org.levermap.render.view;

/**
 * A page of the site about one thing.
 *
 * @param id the thing's id
 * @param name its display name
 * @param href the page, relative to the site root; null when it has no page
 */
public record Ref(String id, String name, String href) {
}
