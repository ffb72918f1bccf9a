package org.levermap.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose YAML spelling is its constant name in kebab case ({@code WEAK_COPYLEFT} is
 * {@code weak-copyleft}), the spelling DESIGN.md and the site use.
 */
public interface Keyword {

    /** The YAML and JSON spelling of this constant. */
    @JsonValue
    default String keyword() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
