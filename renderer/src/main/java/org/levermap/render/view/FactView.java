package org.levermap.render.view;

/**
 * One lever fact, curated or collected.
 *
 * @param holder the actor holding the lever, or null for a value
 * @param value the value, or null
 * @param since first day, or null
 * @param until last day, or null while it holds
 * @param current whether it holds on the page's day
 * @param source where it is said
 * @param note sanitised Markdown
 * @param collected whether a platform's API showed it (issue 12) rather than a curator
 */
public record FactView(Ref holder, String value, String since, String until, boolean current, ExtLink source,
        Html note, boolean collected) {
}
