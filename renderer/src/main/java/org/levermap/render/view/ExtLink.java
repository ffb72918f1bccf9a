package org.levermap.render.view;

import org.levermap.model.phrase.Phrase;

/**
 * A link out of the site, or plain text when the target is unknown or unsafe.
 *
 * @param text what is shown
 * @param url an http(s) URL, or null
 * @param label the statement the text words, for the JSON API; null when the text is a plain value
 */
public record ExtLink(String text, String url, Phrase label) {

    /** A link whose text is a plain value (a URL, a path), not a statement. */
    public ExtLink(String text, String url) {
        this(text, url, null);
    }
}
