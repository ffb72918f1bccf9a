/**
 * The renderer: turns a data repository into the static site. {@link org.levermap.render.SiteBuilder}
 * is the whole public API; the sub-packages follow the pipeline (plan → view → theme, svg, feed, json →
 * output → check) and are internal.
 */
package org.levermap.render;
