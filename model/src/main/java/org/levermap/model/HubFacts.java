package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A model or dataset repository as the Hugging Face Hub's API describes it.
 *
 * @param repository {@code owner/name} on the hub
 * @param owner the account owning it: it controls who may download the weights
 * @param ownerKind organization or user
 * @param gating none, auto or manual
 * @param license the license tag of the card
 * @param baseModels the card's {@code base_model}
 * @param lastModified when the repository last changed
 * @param members the owning organisation's public members
 * @param commits the repository's most recent commits: when the files changed and by whom
 * @param evidence the repository's API URL and the day it was read
 * @param membersEvidence the member list's API URL
 */
public record HubFacts(
        @Required String repository,
        String owner,
        AccountKind ownerKind,
        Gating gating,
        String license,
        List<String> baseModels,
        LocalDate lastModified,
        List<String> members,
        List<HubCommit> commits,
        @Required ApiEvidence evidence,
        ApiEvidence membersEvidence) {

    public HubFacts {
        baseModels = Lists.of(baseModels);
        members = Lists.of(members);
        commits = Lists.of(commits);
    }

    /**
     * One commit of the hub repository.
     *
     * @param id the commit id
     * @param date its date (dated by the API)
     * @param title its title
     * @param authors the hub accounts that made it
     */
    public record HubCommit(
            @Required String id,
            LocalDate date,
            String title,
            List<String> authors) {

        public HubCommit {
            authors = Lists.of(authors);
        }
    }
}
