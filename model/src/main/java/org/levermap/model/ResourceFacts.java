package org.levermap.model;

import java.util.List;

/**
 * Resources declared in the repository.
 *
 * @param funding FUNDING.yml entries
 */
public record ResourceFacts(List<FundingLink> funding) {

    public ResourceFacts {
        funding = Lists.of(funding);
    }

    /**
     * One funding account.
     *
     * @param platform a FUNDING.yml key (github, open_collective, custom...)
     * @param account the account or URL
     * @param evidence commit, path and line
     */
    public record FundingLink(@Required String platform, @Required String account, Evidence evidence) {
    }
}
