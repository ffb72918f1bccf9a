/**
 * The theme: the default templates and static files shipped in the templates module, overridden file
 * by file by a data repository's {@code templates/} and {@code static/} (as Hugo layers a site over its
 * theme), and the FreeMarker set-up that renders them with HTML or XML auto-escaping.
 */
package org.levermap.render.theme;
