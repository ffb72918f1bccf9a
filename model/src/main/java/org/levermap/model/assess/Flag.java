package org.levermap.model.assess;

import org.levermap.model.Keyword;

/** A red flag a reader deciding whether to bet on a project should see first. */
public enum Flag implements Keyword {
    SINGLE_ACTOR_CONTROL("Single-actor control", "One actor alone holds three or more of: legal entity, name, "
            + "final decisions, admin rights, the right to change the license."),
    LICENSE_SINGLE_ACTOR("Relicensable by one actor", "One actor alone can change the license."),
    CLA("CLA", "Contributors sign a CLA, which lets its holder relicense their work."),
    RESTRICTIVE_LICENSE("Restrictive license", "The license is source-available, non-commercial, proprietary "
            + "or absent."),
    ONE_ORGANISATION("One organisation", "One organisation makes more than half of the commits."),
    BUS_FACTOR_ONE("Bus factor 1", "One author makes half of the commits or more."),
    NO_GOVERNANCE("No governance", "No governance document and no documented decision process."),
    UNSIGNED_RELEASES("Unsigned releases", "The project tags releases but signs none of them."),
    HARD_FORK("Hard fork", "A fork that has diverged from its upstream.");

    private final String label;
    private final String description;

    Flag(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name for a chip. */
    public String label() {
        return label;
    }

    /** One sentence that explains the flag. */
    public String description() {
        return description;
    }
}
