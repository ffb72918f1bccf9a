package org.levermap.render.check;

import java.util.List;
import java.util.Set;

/**
 * What the link check needs of one HTML page: its anchors and the links it makes.
 *
 * @param path the page's path from the site root
 * @param ids every id and a[name] on the page
 * @param links every href and src, as written
 * @param rootBased whether the page has a {@code <base>} making its links relative to the site root
 */
public record PageLinks(String path, Set<String> ids, List<String> links, boolean rootBased) {
}
