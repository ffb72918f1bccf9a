package org.levermap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component holding an id or a reference to one: it must match {@link Ids#PATTERN}. When
 * {@link #value()} names a kind, the id must exist in the data repository.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Id {

    /** What the id refers to; {@link Kind#SELF} for the id of the record itself. */
    Kind value() default Kind.SELF;

    /** What an id names. */
    enum Kind {
        SELF, PROJECT, ACTOR, ALLIANCE
    }
}
