package org.levermap.model;

import java.util.List;

/**
 * What the platforms' web APIs said, on the day of collection, about the levers git cannot show: who
 * owns the repository on its forge, the model on its hub, the package names and the domain. Every
 * observation carries its {@link ApiEvidence}; no verdict is stored here.
 *
 * <p>The APIs only tell the present, so these facts are kept in the snapshot of the day they were
 * read and never in a backfilled one: a change of owner shows up between two such snapshots.
 *
 * @param forge the repository on its forge
 * @param hub the repository on the model hub
 * @param packages the package names in their registries
 * @param domain the website's domain
 */
public record PlatformFacts(
        ForgeFacts forge,
        HubFacts hub,
        List<PackageFacts> packages,
        DomainFacts domain) {

    public PlatformFacts {
        packages = Lists.of(packages);
    }
}
