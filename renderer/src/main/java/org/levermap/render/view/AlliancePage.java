package org.levermap.render.view;

import java.util.List;

/**
 * {@code alliances/<id>.html}: one coalition and its membership over time.
 *
 * @param alliance the alliance
 * @param description sanitised Markdown
 * @param purposes why it exists
 * @param founded launch day, or null
 * @param website the website, or null
 * @param sources where it is described
 * @param members every membership, by joining date
 * @param timeline membership over time, drawn at build time
 */
public record AlliancePage(Ref alliance, Html description, List<String> purposes, String founded, ExtLink website,
        List<ExtLink> sources, List<MembershipView> members, Html timeline) {
}
