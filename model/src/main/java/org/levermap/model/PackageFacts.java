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
 */
public record PackageFacts(
        @Required Registry registry,
        @Required String name,
        List<String> owners,
        String latestVersion,
        LocalDate created,
        @Required ApiEvidence evidence) {

    public PackageFacts {
        owners = Lists.of(owners);
    }
}
