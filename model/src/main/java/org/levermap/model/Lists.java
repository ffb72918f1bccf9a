package org.levermap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Normalises list components so that an absent list and an empty one are the same value. */
final class Lists {

    private Lists() {
    }

    /**
     * An unmodifiable copy, empty for {@code null}. A {@code null} element (an empty YAML list item)
     * is kept, so that validation can point at it instead of the reader failing.
     */
    static <T> List<T> of(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
