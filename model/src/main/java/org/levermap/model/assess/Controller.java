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

    /**
     * The controlling group and the lever it was found by, so that a sentence says what is known
     * ("holds the name") rather than claiming every control lever.
     *
     * @param group the controlling group
     * @param basis what makes it the controller
     */
    record Control(String group, ControlBasis basis) {
    }

    /** The controlling group, when the evidence names one. */
    static Optional<String> of(Facts facts) {
        return control(facts).map(Control::group);
    }

    /** The controlling group with the lever it was found by, when the evidence names one. */
    static Optional<Control> control(Facts facts) {
        return facts.soleHolder(Lever.BRAND).map(g -> new Control(g, ControlBasis.NAME))
                .or(() -> facts.soleHolder(Lever.LEGAL_ENTITY).map(g -> new Control(g, ControlBasis.LEGAL_ENTITY)))
                .or(() -> facts.repositoryOwner().map(g -> new Control(g, ControlBasis.REPOSITORY)))
                .or(() -> facts.soleHolder(Lever.ADMINS).map(g -> new Control(g, ControlBasis.ADMINS)))
                .filter(c -> !facts.isUpstreamOwner(c.group()));
    }
}
