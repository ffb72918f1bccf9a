package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.levermap.model.LicenseFamily;

/**
 * What levermap concludes about a project on one day. Derived at build time from the curated levers
 * and one snapshot; never stored.
 *
 * @param project the project id
 * @param date the snapshot date, null when judged on the curated levers alone
 * @param model the governance model
 * @param licenseFamily the family of the project's own license (its expression, without what a REUSE folder adds
 *     for single files), judged now; unknown without one
 * @param modelReasons why, with reason codes
 * @param steward the actor holding most levers, null when none is known
 * @param holders every lever's holders on the day (top-level groups, in id order)
 * @param sole the levers one actor holds alone
 * @param answers the five questions, in question order
 * @param flags the red flags raised
 * @param fork the fork relation, null when the project is not a fork or its lineage is unknown
 * @param alliances the alliances the project, its steward or its steward's parent belongs to on the day
 */
public record Assessment(
        String project,
        LocalDate date,
        GovernanceModel model,
        LicenseFamily licenseFamily,
        List<Reason> modelReasons,
        Steward steward,
        Map<Lever, SortedSet<String>> holders,
        List<Holding> sole,
        List<Answer> answers,
        List<Flag> flags,
        ForkStatus fork,
        List<Membership> alliances) {

    public Assessment {
        modelReasons = List.copyOf(modelReasons);
        holders = Collections.unmodifiableMap(new EnumMap<>(holders));
        sole = List.copyOf(sole);
        answers = List.copyOf(answers);
        flags = List.copyOf(flags);
        alliances = List.copyOf(alliances);
    }

    /** The ids of the alliances the project is tied to. */
    public List<String> allianceIds() {
        return alliances.stream().map(Membership::alliance).toList();
    }

    /** The steward's id, or null. */
    public String stewardId() {
        return steward == null ? null : steward.actor();
    }

    /** The answer to one question. */
    public Answer answer(Question question) {
        return answers.stream().filter(a -> a.question() == question).findFirst().orElseThrow();
    }
}
