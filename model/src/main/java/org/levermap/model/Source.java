package org.levermap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a curated fact can be checked: an {@code http(s)} URL, or a path in a repository at a
 * commit written {@code <repository>:<path>@<commit>}. See {@link Sources}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Source {
}
