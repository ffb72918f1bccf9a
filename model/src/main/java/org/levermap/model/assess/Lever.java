package org.levermap.model.assess;

import java.util.List;
import java.util.function.Function;
import org.levermap.model.CuratedFact;
import org.levermap.model.Keyword;
import org.levermap.model.Levers;

/** The curated levers of {@link Levers}, in the order they are shown; earlier levers weigh more. */
public enum Lever implements Keyword {
    LEGAL_ENTITY("Legal entity", Levers::legalEntity),
    BRAND("Name and brand", Levers::brand),
    DECISIONS("Final decisions", Levers::decisions),
    ADMINS("Admin rights", Levers::admins),
    LICENSE_CHANGE("Right to change the license", Levers::licenseChange),
    MERGE("Merge rights", Levers::merge),
    RELEASE_SIGNING("Release signing", Levers::releaseSigning),
    DOMAIN("Domain", Levers::domain),
    FUNDING("Funding", Levers::funding),
    INFRASTRUCTURE("Infrastructure", Levers::infrastructure),
    COMPUTE("Compute", Levers::compute);

    private final String label;
    private final Function<Levers, List<CuratedFact>> facts;

    Lever(String label, Function<Levers, List<CuratedFact>> facts) {
        this.label = label;
        this.facts = facts;
    }

    /** How the lever is named on the site. */
    public String label() {
        return label;
    }

    /** Every curated fact of this lever, whatever its dates. */
    public List<CuratedFact> facts(Levers levers) {
        return facts.apply(levers);
    }
}
