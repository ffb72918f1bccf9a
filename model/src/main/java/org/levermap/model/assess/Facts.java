package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.LicenseFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;

/**
 * What the rules see of one project on one day: the curated facts that hold on that day, with their
 * holders resolved to top-level groups, and the snapshot's observations. Built once per assessment.
 */
final class Facts {

    /** An organisation share above this makes one organisation the majority of commits. */
    static final double MAJORITY = Concentrations.MAJORITY;

    final Project project;
    /** Null when the project has no snapshot yet: the curated levers alone are judged. */
    final Snapshot snapshot;
    /** Null for "today": the facts without an end date. */
    final LocalDate date;
    final ActorDirectory actors;
    private final Map<Lever, List<CuratedFact>> current = new EnumMap<>(Lever.class);
    private final Map<Lever, SortedSet<String>> holders = new EnumMap<>(Lever.class);

    Facts(Project project, Snapshot snapshot, LocalDate date, ActorDirectory actors) {
        this.project = project;
        this.snapshot = snapshot;
        this.date = date;
        this.actors = actors;
        for (Lever lever : Lever.values()) {
            List<CuratedFact> facts = new ArrayList<>();
            SortedSet<String> groups = new TreeSet<>();
            for (CuratedFact fact : lever.facts(project.levers())) {
                if (holdsOn(fact, date)) {
                    facts.add(fact);
                    if (fact.holder() != null) {
                        groups.add(actors.group(fact.holder(), date));
                    }
                }
            }
            current.put(lever, Collections.unmodifiableList(facts));
            // Every assessment keeps its holders, and most levers have none on most days.
            holders.put(lever, groups.isEmpty() ? Collections.emptySortedSet()
                    : Collections.unmodifiableSortedSet(groups));
        }
    }

    /** Whether a curated fact holds on {@code date}; with no date, whether it still holds. */
    static boolean holdsOn(CuratedFact fact, LocalDate date) {
        if (date == null) {
            return fact.until() == null;
        }
        return (fact.since() == null || !fact.since().isAfter(date))
                && (fact.until() == null || !fact.until().isBefore(date));
    }

    /** The curated facts of a lever that hold on the day. */
    List<CuratedFact> facts(Lever lever) {
        return current.get(lever);
    }

    /** The groups holding a lever on the day, in id order. */
    SortedSet<String> holders(Lever lever) {
        return holders.get(lever);
    }

    /** Whether the lever is documented at all on the day (by a holder or a value). */
    boolean documented(Lever lever) {
        return !current.get(lever).isEmpty();
    }

    /** The one group holding a lever, when the lever's every fact names a holder and they are all that group. */
    Optional<String> soleHolder(Lever lever) {
        List<CuratedFact> facts = current.get(lever);
        SortedSet<String> groups = holders.get(lever);
        boolean everyFactNamesAHolder = facts.stream().allMatch(f -> f.holder() != null);
        return !facts.isEmpty() && everyFactNamesAHolder && groups.size() == 1
                ? Optional.of(groups.first()) : Optional.empty();
    }

    /** The group's kind, the kind of the named actor when the group is not known. */
    ActorKind kindOf(String group) {
        return actors.kind(group);
    }

    boolean isOrganisation(String group) {
        ActorKind kind = kindOf(group);
        return kind != null && kind != ActorKind.PERSON && kind != ActorKind.BOT;
    }

    ContributionFacts contribution() {
        return snapshot == null ? null : snapshot.contribution();
    }

    LicenseFacts license() {
        return snapshot == null ? null : snapshot.license();
    }

    Concentration concentration() {
        ContributionFacts c = contribution();
        return c == null ? null : c.concentration();
    }

    /** Whether the repository holds a document of this kind. */
    boolean hasDocument(DocumentKind kind) {
        ContributionFacts c = contribution();
        return c != null && c.documents().stream().anyMatch(d -> d != null && d.kind() == kind);
    }

    /** Whether contributors must sign a CLA, as observed. */
    boolean claRequired() {
        ContributionFacts c = contribution();
        return c != null && c.terms() != null && Boolean.TRUE.equals(c.terms().cla());
    }

    /** The largest organisation by commits, leaving out the pseudo-organisation of individuals. */
    Optional<Concentration.Organisation> topOrganisation() {
        return Concentrations.topOrganisation(concentration());
    }
}
