package org.levermap.model;

import java.util.List;

/**
 * The curated levers of a project: for each, who holds it over time. A lever nobody curated is an
 * empty list, which the assessment reads as "not documented".
 *
 * @param brand the name and trademark
 * @param domain the project's domain names
 * @param legalEntity the legal entity that owns or hosts the project
 * @param admins administrators of the repository or organisation on the forge
 * @param merge who may merge into the default branch
 * @param releaseSigning who holds the release signing keys
 * @param licenseChange who can change the license (copyright holders, CLA assignees)
 * @param funding who pays for the project's work
 * @param infrastructure who provides hosting, CI and distribution
 * @param compute who provides training or inference compute (models)
 * @param decisions who decides in a serious disagreement (a board, a TSC, a single person)
 */
public record Levers(
        List<CuratedFact> brand,
        List<CuratedFact> domain,
        List<CuratedFact> legalEntity,
        List<CuratedFact> admins,
        List<CuratedFact> merge,
        List<CuratedFact> releaseSigning,
        List<CuratedFact> licenseChange,
        List<CuratedFact> funding,
        List<CuratedFact> infrastructure,
        List<CuratedFact> compute,
        List<CuratedFact> decisions) {

    /** No lever curated. */
    public static final Levers NONE = new Levers(null, null, null, null, null, null, null, null, null, null, null);

    public Levers {
        brand = Lists.of(brand);
        domain = Lists.of(domain);
        legalEntity = Lists.of(legalEntity);
        admins = Lists.of(admins);
        merge = Lists.of(merge);
        releaseSigning = Lists.of(releaseSigning);
        licenseChange = Lists.of(licenseChange);
        funding = Lists.of(funding);
        infrastructure = Lists.of(infrastructure);
        compute = Lists.of(compute);
        decisions = Lists.of(decisions);
    }
}
