package org.levermap.model.affiliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levermap.model.Actor;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.ActorDirectory;

/**
 * Judges affiliation when the site is built: from a snapshot's contributor identities and the
 * actors as they are now, which organisation each contributor counted for on the snapshot's date,
 * and so the organisations, their shares, the elephant factor and each top author's organisation.
 * Editing an actor re-judges every snapshot. Each identity is attributed by the first rule that
 * decides it:
 * <ol>
 *   <li>its person actor's dated affiliation on the day ({@link PersonRule});</li>
 *   <li>its e-mail domain ({@link DomainRule}): a mail service is an individual's; a claimed domain is
 *       the claiming actor's ultimate parent's; an unclaimed one is an organisation only when several
 *       different people use it.</li>
 * </ol>
 * Snapshots written before identities were stored are judged from their top authors and domain
 * groups ({@link LegacyGroups}). Stateless apart from the actors; safe to share between threads.
 */
public final class Affiliations {

    private final PersonRule people;
    private final DomainRule domains;

    public Affiliations(ActorDirectory actors) {
        this.people = new PersonRule(actors);
        this.domains = new DomainRule(actors);
    }

    /** {@code snapshot} with its concentration judged; the same snapshot when it has none. */
    public Snapshot judge(Snapshot snapshot) {
        ContributionFacts c = snapshot.contribution();
        if (c == null || c.concentration() == null) {
            return snapshot;
        }
        ContributionFacts judged = new ContributionFacts(c.documents(), c.maintainers(), c.codeownerPatterns(),
                c.mergers(), c.terms(), judge(c.concentration(), snapshot.date()));
        return new Snapshot(snapshot.project(), snapshot.date(), snapshot.provenance(), snapshot.license(),
                snapshot.stewardship(), judged, snapshot.resources(), snapshot.lineage(), snapshot.modelLineage(),
                snapshot.platforms());
    }

    /** Every snapshot of a list, judged, in the same order. */
    public List<Snapshot> judge(List<Snapshot> snapshots) {
        return snapshots.stream().map(this::judge).toList();
    }

    /** The concentration of a window ending on {@code date}, judged. */
    public Concentration judge(Concentration raw, LocalDate date) {
        if (raw.identities().isEmpty()) {
            return new LegacyGroups(people, domains).judge(raw, date);
        }
        // Each identity's person actor, looked up once: the domain rule and the tally both need it, and
        // both tell people apart with one SamePerson.
        List<Concentration.Identity> listed = new ArrayList<>();
        List<Actor> persons = new ArrayList<>();
        SamePerson same = new SamePerson();
        for (Concentration.Identity id : raw.identities()) {
            if (id == null || id.automated()) {
                continue;
            }
            Actor person = people.person(id);
            listed.add(id);
            persons.add(person);
            same.learn(person == null ? null : person.id(), id.name());
        }
        Map<String, Integer> peopleByDomain = peopleByDomain(listed, persons, same);
        Tally tally = new Tally(same);
        for (int i = 0; i < listed.size(); i++) {
            Concentration.Identity id = listed.get(i);
            Actor person = persons.get(i);
            tally.author(new Tally.Author(id.identity(), id.name(), person == null ? null : person.id(),
                    attribute(id, person, peopleByDomain.getOrDefault(id.domain(), 1), date), id.commits()));
        }
        return tally.judge(raw);
    }

    /** The organisation one identity counted for on {@code date}, {@code people} different people sharing its domain. */
    public Attribution attribute(Concentration.Identity identity, int people, LocalDate date) {
        return attribute(identity, this.people.person(identity), people, date);
    }

    private Attribution attribute(Concentration.Identity id, Actor person, int sharing, LocalDate date) {
        Attribution affiliated = people.affiliation(person, date);
        return affiliated != null ? affiliated : domains.of(id.domain(), sharing, date);
    }

    /**
     * How many different people commit from each domain: identities of one person ({@link SamePerson})
     * count once.
     */
    private static Map<String, Integer> peopleByDomain(List<Concentration.Identity> identities, List<Actor> persons,
            SamePerson same) {
        Map<String, Set<String>> byDomain = new HashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            Concentration.Identity id = identities.get(i);
            Actor person = persons.get(i);
            byDomain.computeIfAbsent(id.domain(), d -> new HashSet<>())
                    .add(same.key(person == null ? null : person.id(), id.name(), id.identity()));
        }
        Map<String, Integer> counts = new HashMap<>();
        byDomain.forEach((d, who) -> counts.put(d, who.size()));
        return counts;
    }
}
