package org.levermap.render.view;

import java.util.List;

/**
 * One finding of the report's summary: a sentence written from the data, and the pages it is about.
 *
 * @param text the sentence, without its list of pages
 * @param refs the projects (or pages) it names, in order
 */
public record FindingView(String text, List<Ref> refs) {

    public FindingView {
        refs = List.copyOf(refs);
    }
}
