package org.levermap.model.assess;

import java.util.List;
import java.util.function.Function;
import org.levermap.model.CuratedFact;
import org.levermap.model.Keyword;
import org.levermap.model.Levers;

/** The curated levers of {@link Levers}, in the order they are shown; earlier levers weigh more. */
public enum Lever implements Keyword {
    LEGAL_ENTITY(Levers::legalEntity),
    BRAND(Levers::brand),
    DECISIONS(Levers::decisions),
    ADMINS(Levers::admins),
    LICENSE_CHANGE(Levers::licenseChange),
    MERGE(Levers::merge),
    RELEASE_SIGNING(Levers::releaseSigning),
    DOMAIN(Levers::domain),
    FUNDING(Levers::funding),
    INFRASTRUCTURE(Levers::infrastructure),
    COMPUTE(Levers::compute);

    private final Function<Levers, List<CuratedFact>> facts;

    Lever(Function<Levers, List<CuratedFact>> facts) {
        this.facts = facts;
    }

    /** Every curated fact of this lever, whatever its dates. */
    public List<CuratedFact> facts(Levers levers) {
        return facts.apply(levers);
    }
}
