package org.levermap.model;

import java.util.List;

/**
 * Who the forge lets change the default branch, and which governance files the owning organisation
 * shares with all its repositories. Each part is null when it was not asked for or gave no answer.
 *
 * @param protection the default branch's protection rule, or the fact that it could not be read
 * @param rulesets the repository's rulesets (GitHub), as listed publicly
 * @param rulesetsEvidence the ruleset list's API URL, null when it gave no answer
 * @param communityFiles the governance documents in the organisation's {@code .github} repository,
 *     which GitHub shows on every repository of the organisation that has none of its own
 * @param communityEvidence the {@code .github} repository's contents URL, null when it gave no answer
 * @param codeOwnerTeams the CODEOWNERS teams ({@code @org/team}) of the day's snapshot, each with its members
 *     where the token could read them
 */
public record ForgeRules(
        BranchProtection protection,
        List<Ruleset> rulesets,
        ApiEvidence rulesetsEvidence,
        List<DocumentKind> communityFiles,
        ApiEvidence communityEvidence,
        List<Team> codeOwnerTeams) {

    public ForgeRules {
        rulesets = Lists.of(rulesets);
        communityFiles = Lists.of(communityFiles);
        codeOwnerTeams = Lists.of(codeOwnerTeams);
    }

    /**
     * A team and its members. The member list answers only a token that can see the team, so an
     * anonymous reading records that it was not readable rather than nothing.
     *
     * @param team its handle as CODEOWNERS writes it ({@code @org/team})
     * @param readable whether its members could be read
     * @param members the members' logins, empty when not readable
     * @param evidence the member list's API URL
     */
    public record Team(
            @Required String team,
            @Required Boolean readable,
            List<String> members,
            @Required ApiEvidence evidence) {

        public Team {
            members = Lists.of(members);
        }
    }

    /**
     * The default branch's protection rule. The endpoint answers only a token with admin rights on the
     * repository, so an anonymous reading records that it was not readable rather than nothing.
     *
     * @param readable whether the rule could be read; when false, the other fields are null or empty
     * @param requiredApprovals approving reviews needed to merge
     * @param codeOwnerReviews whether a code owner must approve
     * @param enforceAdmins whether the rule binds administrators too
     * @param pushAllowed who alone may push when pushes are restricted: users, {@code team:slug}, {@code app:slug}
     * @param evidence the protection endpoint's URL, read or not
     */
    public record BranchProtection(
            @Required Boolean readable,
            Integer requiredApprovals,
            Boolean codeOwnerReviews,
            Boolean enforceAdmins,
            List<String> pushAllowed,
            @Required ApiEvidence evidence) {

        public BranchProtection {
            pushAllowed = Lists.of(pushAllowed);
        }
    }

    /**
     * One ruleset.
     *
     * @param name its name
     * @param enforcement active, evaluate or disabled
     * @param source where it is defined: the repository or the organisation ({@code Organization acme})
     */
    public record Ruleset(
            @Required String name,
            String enforcement,
            String source) {
    }
}
