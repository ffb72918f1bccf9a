package org.levermap.model.affiliation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.levermap.model.Actor;
import org.levermap.model.Concentration;
import org.levermap.model.assess.Concentrations;

/**
 * Judges a concentration stored before snapshots held every identity: its top authors, and its
 * {@code organisations} as the collector grouped them then (an actor id, an e-mail domain, or
 * {@code individuals}, each with its commits and authors). Each group is read as an observation of a
 * domain group and judged by today's rules: {@code individuals} stays individuals; a group named by
 * an actor is that actor's ultimate parent's (so an actor's domains merge); a domain is judged by
 * {@link DomainRule} with the group's author count as the number of people. A top author whose person
 * actor has an affiliation on the day moves, with their commits, from their group to that
 * organisation. Nothing stored is rewritten: the file loads as it was written.
 */
final class LegacyGroups {

    private final PersonRule people;
    private final DomainRule domains;

    LegacyGroups(PersonRule people, DomainRule domains) {
        this.people = people;
        this.domains = domains;
    }

    Concentration judge(Concentration raw, LocalDate date) {
        if (raw.organisations().isEmpty() && raw.topAuthors().isEmpty()) {
            return raw;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Concentration.Organisation o : raw.organisations()) {
            if (o != null && o.name() != null) {
                groups.put(o.name(), new Group(attribute(o, date), count(o.commits()), count(o.authors())));
            }
        }
        Tally tally = new Tally();
        for (Concentration.Contributor a : raw.topAuthors()) {
            if (a == null || a.identity() == null) {
                continue;
            }
            int commits = count(a.commits());
            Concentration.Identity id = new Concentration.Identity(a.identity(), a.name(), commits, null);
            Actor person = people.person(id);
            Group group = a.organisation() == null ? null : groups.get(a.organisation());
            Attribution attribution = people.affiliation(person, date);
            if (attribution == null) {
                attribution = group != null ? group.attribution : domains.of(id.domain(), 1, date);
            }
            if (group != null) {
                group.commits -= commits;
                group.authors -= 1;
            }
            tally.author(new Tally.Author(a.identity(), a.name(), person != null ? person.id() : a.actor(), attribution,
                    commits));
        }
        groups.values().forEach(g -> tally.group(g.attribution, Math.max(0, g.commits), Math.max(0, g.authors)));
        return tally.judge(raw);
    }

    private Attribution attribute(Concentration.Organisation o, LocalDate date) {
        if (Concentrations.INDIVIDUALS.equals(o.name())) {
            return Attribution.individual(Attribution.Basis.MAIL_SERVICE);
        }
        if (o.actor() != null) {
            return domains.ofActor(o.actor(), date);
        }
        return domains.of(o.name(), count(o.authors()), date);
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    /** A stored group, less the top authors taken out of it. */
    private static final class Group {
        final Attribution attribution;
        int commits;
        int authors;

        Group(Attribution attribution, int commits, int authors) {
            this.attribution = attribution;
            this.commits = commits;
            this.authors = authors;
        }
    }
}
