package org.levermap.render.view;

/**
 * Markup levermap made safe (sanitised Markdown, SVG drawn with escaped text). Templates print it as
 * is; every other string they print is escaped.
 *
 * @param markup the HTML or SVG
 */
public record Html(String markup) {

    public static final Html EMPTY = new Html("");

    public boolean isEmpty() {
        return markup.isEmpty();
    }
}
