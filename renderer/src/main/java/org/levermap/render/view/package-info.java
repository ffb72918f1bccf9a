/**
 * What templates see: one record per page kind and the small records they are made of. Dates are
 * ISO strings, links inside the site are paths relative to the site root ({@code href}, which a
 * template prefixes with {@code root}), links out are checked URLs or null, and {@link
 * org.levermap.render.view.Html} holds the only markup a template prints unescaped. These records are
 * the contract a theme override writes against.
 */
package org.levermap.render.view;
