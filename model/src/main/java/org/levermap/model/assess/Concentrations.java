package org.levermap.model.assess;

import java.util.Comparator;
import java.util.Optional;
import org.levermap.model.Concentration;

/** Readings of a {@link Concentration} shared by the assessment and the change engine. */
public final class Concentrations {

    /** A share above this is most of the commits: the line the flags and the change log watch. */
    public static final double MAJORITY = 0.5;

    /** The name collectors give to commits from public mail providers: people, not an organisation. */
    public static final String INDIVIDUALS = "individuals";

    private Concentrations() {
    }

    /** The largest organisation by commits, leaving out individuals; empty when none is known. */
    public static Optional<Concentration.Organisation> topOrganisation(Concentration c) {
        if (c == null) {
            return Optional.empty();
        }
        return c.organisations().stream()
                .filter(o -> o != null && !INDIVIDUALS.equals(o.name()))
                .max(Comparator.comparingDouble(Concentration.Organisation::share)
                        .thenComparing(Concentration.Organisation::name, Comparator.reverseOrder()));
    }

    /** The top organisation's share of commits, 0 when none is known. */
    public static double topOrganisationShare(Concentration c) {
        return topOrganisation(c).map(Concentration.Organisation::share).orElse(0.0);
    }

    /** A share as a whole percentage: 0.625 is "63%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** The largest author's share of commits, 0 when none is known. */
    public static double topAuthorShare(Concentration c) {
        if (c == null) {
            return 0.0;
        }
        return c.topAuthors().stream().filter(a -> a != null).mapToDouble(Concentration.Contributor::share)
                .max().orElse(0.0);
    }
}
