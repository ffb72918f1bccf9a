package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;

/**
 * Applies the assessment rules to a project on a day. Stateless apart from the actors and alliances it
 * was given, so one instance may assess many projects from many threads.
 */
public final class Assessor {

    private final ActorDirectory actors;
    private final List<Alliance> alliances;
    private final StewardRule stewardRule = new StewardRule();
    private final ForkKindRule forkKindRule = new ForkKindRule();

    /**
     * @param actors every actor, by id
     * @param alliances every alliance
     */
    public Assessor(Map<String, Actor> actors, List<Alliance> alliances) {
        this.actors = new ActorDirectory(actors);
        this.alliances = List.copyOf(alliances);
    }

    /** The actors, with their groups over time. */
    public ActorDirectory actors() {
        return actors;
    }

    /** How many days a fork may go without an upstream commit and still count as soft. */
    public static int forkSyncPeriodDays() {
        return ForkKindRule.SYNC_PERIOD_DAYS;
    }

    /**
     * Assesses {@code project} as of {@code snapshot}, or on its curated levers alone (the ones that
     * still hold) when {@code snapshot} is null.
     */
    public Assessment assess(Project project, Snapshot snapshot) {
        LocalDate date = snapshot == null ? null : snapshot.date();
        Facts facts = new Facts(project, snapshot, date, actors);
        Verdict verdict = GovernanceModelRule.decide(facts);
        Steward steward = stewardRule.apply(facts).orElse(null);
        List<Holding> sole = new ArrayList<>();
        var holders = new java.util.EnumMap<Lever, java.util.SortedSet<String>>(Lever.class);
        for (Lever lever : Lever.values()) {
            holders.put(lever, facts.holders(lever));
            facts.soleHolder(lever).ifPresent(h -> sole.add(new Holding(lever, h, facts.facts(lever))));
        }
        List<Answer> answers = QuestionRule.ALL.stream().map(rule -> rule.answer(facts)).toList();
        ForkStatus fork = forkKindRule.apply(project, snapshot);
        List<Flag> flags = FlagRules.raised(new FlagRules.Input(facts, sole, answers, fork));
        return new Assessment(project.id(), date, verdict.model(), verdict.reasons(), steward, holders, sole, answers,
                flags, fork, memberships(project.id(), steward == null ? null : steward.actor(), date));
    }

    /** Whether a curated fact holds on {@code date}; with no date, whether it still holds. */
    public static boolean holdsOn(org.levermap.model.CuratedFact fact, LocalDate date) {
        return Facts.holdsOn(fact, date);
    }

    /** Alliances the project, or its steward, is a member of on {@code date} (with no date: still a member). */
    private List<String> memberships(String project, String steward, LocalDate date) {
        TreeSet<String> ids = new TreeSet<>();
        for (Alliance alliance : alliances) {
            for (Alliance.Member m : alliance.members()) {
                boolean ours = project.equals(m.project()) || (steward != null && m.actor() != null
                        && steward.equals(actors.group(m.actor(), date)));
                if (ours && isMemberOn(m, date)) {
                    ids.add(alliance.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /** Whether a membership holds on {@code date}; with no date, whether it still holds. */
    public static boolean isMemberOn(Alliance.Member m, LocalDate date) {
        if (date == null) {
            return m.left() == null;
        }
        return (m.joined() == null || !m.joined().isAfter(date)) && (m.left() == null || !m.left().isBefore(date));
    }
}
