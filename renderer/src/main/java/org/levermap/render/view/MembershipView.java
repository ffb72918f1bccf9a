package org.levermap.render.view;

/**
 * One membership of an alliance.
 *
 * @param alliance the alliance
 * @param member the member actor or project
 * @param memberType actor or project
 * @param role founding member, hosted project..., or null
 * @param joined first day, or null
 * @param left last day, or null while a member
 * @param source where it is stated
 * @param via for a project's tie: project (a member itself), steward or steward-parent; null on alliance
 *     and actor pages
 */
public record MembershipView(Ref alliance, Ref member, String memberType, String role, String joined, String left,
        ExtLink source, String via) {
}
