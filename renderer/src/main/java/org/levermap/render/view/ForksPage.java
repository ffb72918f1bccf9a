package org.levermap.render.view;

import java.util.List;

/**
 * {@code forks/index.html}: the fork graph and the fork table.
 *
 * @param graph the graph, drawn at build time
 * @param forks every fork relation
 */
public record ForksPage(Html graph, List<ForkView> forks) {
}
