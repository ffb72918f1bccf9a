package org.levermap.model;

import java.util.List;

/**
 * How contribution works: documents, maintainers, who merges, contribution terms, concentration.
 *
 * @param documents governance documents present
 * @param maintainers people and teams named in CODEOWNERS, MAINTAINERS, OWNERS or GOVERNANCE files
 * @param codeownerPatterns number of patterns in CODEOWNERS
 * @param mergers committers of merge commits on the default branch in the window
 * @param terms CLA and DCO
 * @param concentration contributors and their concentration in the window
 */
public record ContributionFacts(
        List<Document> documents,
        List<Maintainer> maintainers,
        @Count Integer codeownerPatterns,
        List<Merger> mergers,
        Terms terms,
        Concentration concentration) {

    public ContributionFacts {
        documents = Lists.of(documents);
        maintainers = Lists.of(maintainers);
        mergers = Lists.of(mergers);
    }

    /**
     * A governance document found in the repository.
     *
     * @param kind which document
     * @param evidence commit and path
     */
    public record Document(@Required DocumentKind kind, @Required Evidence evidence) {
    }

    /**
     * A maintainer, owner or team named in a file.
     *
     * @param name person or team as written ({@code @org/team}, a name)
     * @param email when given
     * @param actor the actor it was matched to, when any
     * @param role maintainer, owner, reviewer, codeowner...
     * @param evidence commit, path and line
     */
    public record Maintainer(
            @Required String name,
            String email,
            @Id(Id.Kind.ACTOR) String actor,
            String role,
            @Required Evidence evidence) {

        /** Whether a maintainer entry names a forge team ({@code @org/team}) rather than a person. */
        public static boolean isTeam(Maintainer m) {
            return m != null && m.name() != null && m.name().startsWith("@") && m.name().contains("/");
        }
    }

    /**
     * Someone who committed merge commits on the default branch.
     *
     * @param identity canonical identity (lower-cased email after .mailmap)
     * @param name display name
     * @param merges merge commits in the window
     */
    public record Merger(@Required String identity, String name, @Required @Count Integer merges) {
    }

    /**
     * Contribution terms: CLA and DCO.
     *
     * @param cla whether a CLA is required
     * @param claEvidence the files or bot configuration that show it
     * @param dcoSampled how many recent commits were read for Signed-off-by trailers
     * @param dcoShare share of those with a Signed-off-by trailer
     */
    public record Terms(
            Boolean cla,
            List<Evidence> claEvidence,
            @Count Integer dcoSampled,
            @Share Double dcoShare) {

        public Terms {
            claEvidence = Lists.of(claEvidence);
        }
    }
}
