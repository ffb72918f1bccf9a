package org.levermap.render.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays out the fork forest top-down: each upstream above its forks, each tree's leaves in id order on
 * consecutive columns and each parent centred over its children (a simple tidy-tree layout; the graph
 * is a forest, so no general graph layout is needed). A cycle in the data is broken at its smallest id.
 */
final class ForkGraphLayout {

    /** A placed node: column (may be fractional) and depth. */
    record Position(double column, int depth) {
    }

    private final Map<String, List<String>> children = new TreeMap<>();
    private final Map<String, Position> positions = new HashMap<>();
    private double nextColumn;

    /**
     * @param parents each node's parent, null for a root; every node must be a key
     */
    ForkGraphLayout(Map<String, String> parents) {
        Set<String> nodes = new java.util.TreeSet<>(parents.keySet());
        nodes.forEach(n -> children.put(n, new ArrayList<>()));
        List<String> roots = new ArrayList<>();
        for (String n : nodes) {
            String parent = parents.get(n);
            if (parent == null || !nodes.contains(parent)) {
                roots.add(n);
            } else {
                children.get(parent).add(n);
            }
        }
        Set<String> placed = new HashSet<>();
        for (String root : roots) {
            place(root, 0, placed);
        }
        // Whatever is left sits on a cycle: cut each at its smallest id and lay it out as a tree.
        for (String n : nodes) {
            if (!placed.contains(n)) {
                String parent = parents.get(n);
                children.get(parent).remove(n);
                place(n, 0, placed);
            }
        }
    }

    private void place(String node, int depth, Set<String> placed) {
        placed.add(node);
        List<String> kids = children.get(node).stream().filter(k -> !placed.contains(k)).toList();
        if (kids.isEmpty()) {
            positions.put(node, new Position(nextColumn++, depth));
            return;
        }
        for (String k : kids) {
            place(k, depth + 1, placed);
        }
        double first = positions.get(kids.get(0)).column();
        double last = positions.get(kids.get(kids.size() - 1)).column();
        positions.put(node, new Position((first + last) / 2, depth));
    }

    Map<String, Position> positions() {
        return positions;
    }

    int columns() {
        return (int) nextColumn;
    }

    int depth() {
        return positions.values().stream().mapToInt(Position::depth).max().orElse(0) + 1;
    }
}
