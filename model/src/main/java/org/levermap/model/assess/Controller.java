package org.levermap.model.assess;

import java.util.Optional;

/**
 * Who controls the repository and the name, and so can publish the project's future versions: the one
 * holder of the name, else of the legal entity, else the owner of the repository, else the one holder
 * of the admin rights. A fork's controller is the fork's own, never its upstream's.
 */
final class Controller {

    private Controller() {
    }

    /** The controlling group, when the evidence names one. */
    static Optional<String> of(Facts facts) {
        return facts.soleHolder(Lever.BRAND)
                .or(() -> facts.soleHolder(Lever.LEGAL_ENTITY))
                .or(facts::repositoryOwner)
                .or(() -> facts.soleHolder(Lever.ADMINS))
                .filter(group -> !facts.isUpstreamOwner(group));
    }
}
