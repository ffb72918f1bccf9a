package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A package name as its registry describes it.
 *
 * @param registry npm, crates or pypi
 * @param name the package name
 * @param owners the accounts (users, teams, organisations) that can publish a release under the name
 * @param latestVersion the newest version
 * @param created when the name was first published (dated by the API)
 * @param evidence the registry's API URL and the day it was read
 * @param owner for a name that belongs to one account (a container image's namespace), that account's
 *     profile as the registry or forge gives it; null for a registry whose names have several owners
 */
public record PackageFacts(
        @Required Registry registry,
        @Required String name,
        List<String> owners,
        String latestVersion,
        LocalDate created,
        @Required ApiEvidence evidence,
        OwnerAccount owner) {

    public PackageFacts {
        owners = Lists.of(owners);
    }

    /** A name with its owners, no single owning account read. */
    public PackageFacts(Registry registry, String name, List<String> owners, String latestVersion, LocalDate created,
            ApiEvidence evidence) {
        this(registry, name, owners, latestVersion, created, evidence, null);
    }

    /**
     * The one account a name belongs to.
     *
     * @param login its account name
     * @param kind organization or user, when the API says
     * @param name its display name or company, when public
     * @param evidence the account's API URL
     */
    public record OwnerAccount(
            @Required String login,
            AccountKind kind,
            String name,
            @Required ApiEvidence evidence) {
    }
}
