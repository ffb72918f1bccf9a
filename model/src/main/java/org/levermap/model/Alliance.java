package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code alliances/<id>.yaml}: a coalition or foundation and its dated membership.
 *
 * @param id equals the file name
 * @param name display name
 * @param purposes why it exists
 * @param description Markdown
 * @param founded the day it was launched
 * @param website home page
 * @param members actors or projects with the dates they joined and left
 * @param sources where the alliance itself is described
 */
public record Alliance(
        @Required @Id String id,
        @Required String name,
        List<AlliancePurpose> purposes,
        String description,
        LocalDate founded,
        String website,
        List<Member> members,
        @Source List<String> sources) {

    public Alliance {
        purposes = Lists.of(purposes);
        members = Lists.of(members);
        sources = Lists.of(sources);
    }

    /**
     * One member: exactly one of {@code actor} and {@code project}.
     *
     * @param actor a member organisation or person
     * @param project a member project
     * @param role founding member, premier member, hosted project...
     * @param joined first day of membership
     * @param left last day, absent while a member
     * @param source where the membership is stated
     */
    public record Member(
            @Id(Id.Kind.ACTOR) String actor,
            @Id(Id.Kind.PROJECT) String project,
            String role,
            LocalDate joined,
            LocalDate left,
            @Required @Source String source) {
    }
}
