package org.levermap.render.view;

/**
 * A link out of the site, or plain text when the target is unknown or unsafe.
 *
 * @param text what is shown
 * @param url an http(s) URL, or null
 */
public record ExtLink(String text, String url) {
}
