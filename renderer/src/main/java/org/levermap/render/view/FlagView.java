package org.levermap.render.view;

/**
 * A red flag.
 *
 * @param keyword its stable name (CSS class, filter value)
 * @param label short name
 * @param description one sentence
 */
public record FlagView(String keyword, String label, String description) {
}
