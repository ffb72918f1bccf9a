package org.levermap.render.view;

/**
 * One curated lever fact.
 *
 * @param holder the actor holding the lever, or null for a value
 * @param value the value, or null
 * @param since first day, or null
 * @param until last day, or null while it holds
 * @param current whether it holds on the page's day
 * @param source where it is said
 * @param note sanitised Markdown
 */
public record FactView(Ref holder, String value, String since, String until, boolean current, ExtLink source,
        Html note) {
}
