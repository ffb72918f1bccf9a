package org.levermap.model;

import java.util.List;

/**
 * Who the forge lets change the default branch, and which governance files the owning organisation
 * shares with all its repositories. Each part is null when it was not asked for or gave no answer.
 *
 * @param protection the default branch's protection rule, or the fact that it could not be read
 * @param rulesets the repository's rulesets (GitHub), as listed publicly
 * @param rulesetsEvidence the ruleset list's API URL, null when it gave no answer
 * @param communityFiles the governance documents the organisation shares: on GitHub those of its
 *     {@code .github} repository, which GitHub shows on every repository of the organisation that has
 *     none of its own; on GitLab those of the group's {@code gitlab-profile} project, on Forgejo those
 *     of the organisation's {@code .profile} repository (shown on the group's or organisation's page)
 * @param communityEvidence the shared repository's contents URL, null when it gave no answer
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
     * @param pushAllowed who alone may push when pushes are restricted: users, {@code team:slug}, {@code app:slug};
     *     on GitLab also roles ({@code role:Maintainers}) and {@code group:name}
     * @param evidence the protection endpoint's URL, read or not
     * @param mergeAllowed who alone may merge into the branch, where the forge says (GitLab's merge access
     *     levels, Forgejo's merge whitelist), in the same spelling as {@code pushAllowed}; empty when not said
     */
    public record BranchProtection(
            @Required Boolean readable,
            Integer requiredApprovals,
            Boolean codeOwnerReviews,
            Boolean enforceAdmins,
            List<String> pushAllowed,
            @Required ApiEvidence evidence,
            List<String> mergeAllowed) {

        public BranchProtection {
            pushAllowed = Lists.of(pushAllowed);
            mergeAllowed = Lists.of(mergeAllowed);
        }

        /** A rule that says nothing about who may merge (GitHub's). */
        public BranchProtection(Boolean readable, Integer requiredApprovals, Boolean codeOwnerReviews,
                Boolean enforceAdmins, List<String> pushAllowed, ApiEvidence evidence) {
            this(readable, requiredApprovals, codeOwnerReviews, enforceAdmins, pushAllowed, evidence, List.of());
        }
    }

    /**
     * One ruleset.
     *
     * @param name its name
     * @param enforcement active, evaluate or disabled
     * @param source where it is defined: the repository or the organisation ({@code Organization acme})
     * @param bypassActors who may bypass its rules, when the ruleset's own answer listed them; GitHub lists
     *     them only to a caller who may edit the ruleset
     * @param bypassListed true when the ruleset's answer listed its bypass actors (perhaps none), false
     *     when it left them out (not visible to the caller), null when the ruleset itself was not read
     * @param evidence the ruleset's own API URL ({@code /rulesets/{id}}), null when not read
     */
    public record Ruleset(
            @Required String name,
            String enforcement,
            String source,
            List<BypassActor> bypassActors,
            Boolean bypassListed,
            ApiEvidence evidence) {

        public Ruleset {
            bypassActors = Lists.of(bypassActors);
        }

        /** A ruleset as the list shows it, its bypass actors not read. */
        public Ruleset(String name, String enforcement, String source) {
            this(name, enforcement, source, List.of(), null, null);
        }
    }

    /**
     * One actor a ruleset lets bypass its rules, as GitHub names it.
     *
     * @param actorType {@code OrganizationAdmin}, {@code RepositoryRole}, {@code Team}, {@code Integration}
     *     (a GitHub App) or {@code DeployKey}
     * @param actorId the team's, role's or app's numeric id; 1 for the organisation admins; null for a deploy key
     * @param bypassMode {@code always}, or {@code pull_request} (only by merging a pull request)
     */
    public record BypassActor(
            @Required String actorType,
            Integer actorId,
            String bypassMode) {
    }
}
