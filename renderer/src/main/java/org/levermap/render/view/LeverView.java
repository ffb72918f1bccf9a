package org.levermap.render.view;

import java.util.List;

/**
 * One lever: its facts and who holds it alone, if anyone.
 *
 * @param keyword stable name
 * @param label display name
 * @param facts curated facts, current ones first
 * @param soleHolder the one actor holding it on the page's day, or null
 */
public record LeverView(String keyword, String label, List<FactView> facts, Ref soleHolder) {

    /** Whether any fact holds on the page's day. */
    public boolean documented() {
        return facts.stream().anyMatch(FactView::current);
    }
}
