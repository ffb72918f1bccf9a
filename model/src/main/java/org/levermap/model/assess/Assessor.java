package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final Map<String, Project> projects;
    private final StewardRule stewardRule = new StewardRule();
    private final ForkKindRule forkKindRule = new ForkKindRule();

    /**
     * @param actors every actor, by id
     * @param alliances every alliance
     */
    public Assessor(Map<String, Actor> actors, List<Alliance> alliances) {
        this(actors, alliances, Map.of());
    }

    /**
     * @param actors every actor, by id
     * @param alliances every alliance
     * @param projects every project, by id: a fork's upstream is read from it
     */
    public Assessor(Map<String, Actor> actors, List<Alliance> alliances, Map<String, Project> projects) {
        this.actors = new ActorDirectory(actors);
        this.alliances = List.copyOf(alliances);
        this.projects = Map.copyOf(projects);
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
        Project upstream = project.upstream() == null ? null : projects.get(project.upstream());
        Facts facts = new Facts(project, snapshot, date, actors, upstream);
        Verdict verdict = GovernanceModelRule.decide(facts);
        Steward steward = stewardRule.apply(facts).orElse(null);
        List<Holding> sole = new ArrayList<>();
        var holders = new java.util.EnumMap<Lever, java.util.SortedSet<String>>(Lever.class);
        for (Lever lever : Lever.values()) {
            holders.put(lever, facts.holders(lever));
            facts.soleHolder(lever).ifPresent(h -> sole.add(new Holding(lever, h, facts.facts(lever))));
        }
        List<Answer> answers = QuestionRule.ALL.stream().map(rule -> rule.answer(facts)).toList();
        // The right to change the license is held alone by whoever the license question names alone: a
        // curated note beside the holder, or the rules of the license's family, may decide it.
        answers.stream().filter(a -> a.question() == Question.LICENSE && a.status() == AnswerStatus.SINGLE_ACTOR)
                .findFirst().filter(a -> sole.stream().noneMatch(h -> h.lever() == Lever.LICENSE_CHANGE))
                .ifPresent(a -> sole.add(new Holding(Lever.LICENSE_CHANGE, a.holders().get(0),
                        facts.facts(Lever.LICENSE_CHANGE))));
        sole.sort(java.util.Comparator.comparing(Holding::lever));
        ForkStatus fork = forkKindRule.apply(project, snapshot);
        List<Flag> flags = FlagRules.raised(new FlagRules.Input(facts, sole, answers, fork));
        return new Assessment(project.id(), date, verdict.model(), facts.licenseFamily(), verdict.reasons(), steward,
                holders, sole, answers, flags, fork, memberships(facts, steward == null ? null : steward.actor()));
    }

    /** Whether a curated fact holds on {@code date}; with no date, whether it still holds. */
    public static boolean holdsOn(org.levermap.model.CuratedFact fact, LocalDate date) {
        return Facts.holdsOn(fact, date);
    }

    /**
     * Every membership entry, past or present, that ties the project to an alliance: its own, and those
     * of the steward of {@code latest} (the actor the project's facts name, or its parent).
     */
    public List<Membership> everTied(Project project, Assessment latest) {
        Facts facts = new Facts(project, null, null, actors);
        return ties(facts, latest.stewardId(), false);
    }

    /**
     * The alliances the project is tied to on the day (with no date: still tied): as a member itself, or
     * through its steward when the actor its facts name, or that actor's parent, is the member. A sister
     * company's membership is not the steward's.
     */
    private List<Membership> memberships(Facts facts, String steward) {
        Map<String, Membership> byAlliance = new java.util.TreeMap<>();
        for (Membership m : ties(facts, steward, true)) {
            if (m.via() == Membership.Via.PROJECT || !byAlliance.containsKey(m.alliance())) {
                byAlliance.put(m.alliance(), m);
            }
        }
        return List.copyOf(byAlliance.values());
    }

    private List<Membership> ties(Facts facts, String steward, boolean onTheDay) {
        List<Membership> ties = new ArrayList<>();
        for (Alliance alliance : alliances) {
            for (Alliance.Member m : alliance.members()) {
                if (onTheDay && !isMemberOn(m, facts.date)) {
                    continue;
                }
                if (facts.project.id().equals(m.project())) {
                    ties.add(new Membership(alliance.id(), m.project(), Membership.Via.PROJECT, m));
                } else if (steward != null && m.actor() != null && steward.equals(actors.group(m.actor(), facts.date))
                        && (m.actor().equals(steward) || facts.namesDirectly(m.actor()))) {
                    ties.add(new Membership(alliance.id(), m.actor(), facts.namesDirectly(m.actor())
                            ? Membership.Via.STEWARD : Membership.Via.STEWARD_PARENT, m));
                }
            }
        }
        return ties;
    }

    /** Whether a membership holds on {@code date}; with no date, whether it still holds. */
    public static boolean isMemberOn(Alliance.Member m, LocalDate date) {
        if (date == null) {
            return m.left() == null;
        }
        return (m.joined() == null || !m.joined().isAfter(date)) && (m.left() == null || !m.left().isBefore(date));
    }
}
