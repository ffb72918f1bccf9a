package org.levermap.render.theme;

/** A template of the theme failed: the message names the template, line and column. */
public final class ThemeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ThemeException(String message) {
        super(message);
    }
}
