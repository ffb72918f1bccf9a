package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The repository as its forge's API describes it.
 *
 * @param kind github, gitlab or forgejo
 * @param repository {@code owner/name} on the forge
 * @param owner the account owning the repository: it can delete, rename or transfer it
 * @param ownerKind organization or user
 * @param archived whether the repository is archived (read-only)
 * @param forkOf {@code owner/name} of the repository this one is a fork of, on the same forge
 * @param defaultBranch the default branch
 * @param branchProtected whether the default branch is protected, when the API says so
 * @param organisation the owning organisation's profile and public members
 * @param releases the most recent releases and who published each
 * @param rules branch protection, rulesets and the organisation's shared governance files, when read
 * @param evidence the repository's API URL and the day it was read
 */
public record ForgeFacts(
        @Required ForgeKind kind,
        @Required String repository,
        String owner,
        AccountKind ownerKind,
        Boolean archived,
        String forkOf,
        String defaultBranch,
        Boolean branchProtected,
        ForgeOrganisation organisation,
        List<ForgeRelease> releases,
        @Required ApiEvidence evidence,
        ForgeRules rules) {

    public ForgeFacts {
        releases = Lists.of(releases);
    }

    /**
     * An organisation's profile and its public members.
     *
     * @param login its account name
     * @param name its display name
     * @param company the company it names
     * @param blog its website
     * @param verified whether the forge verified one of its domains
     * @param created when the organisation was created (dated by the API)
     * @param members its public members' logins (members may hide their membership)
     * @param evidence the profile's API URL
     * @param membersEvidence the member list's API URL
     */
    public record ForgeOrganisation(
            @Required String login,
            String name,
            String company,
            String blog,
            Boolean verified,
            LocalDate created,
            List<String> members,
            @Required ApiEvidence evidence,
            ApiEvidence membersEvidence) {

        public ForgeOrganisation {
            members = Lists.of(members);
        }
    }

    /**
     * One release.
     *
     * @param tag its tag
     * @param published when it was published (dated by the API)
     * @param publisher the account that published it
     */
    public record ForgeRelease(
            @Required String tag,
            LocalDate published,
            String publisher) {
    }
}
