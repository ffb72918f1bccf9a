package org.levermap.model.affiliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.Actor;
import org.levermap.model.Concentration;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.ActorDirectory;
import org.levermap.model.repo.DataRepository;

/**
 * What {@code validate} warns about, without failing: a person affiliated with an organisation who
 * visibly commits from an e-mail domain the organisation does not list (a likely gap in its
 * {@code email_domains}, through which that organisation's other staff go uncounted). Mail services
 * are left out: a personal address says nothing. One warning per organisation and domain, citing the
 * first snapshot that shows it.
 */
public final class DomainWarnings {

    private DomainWarnings() {
    }

    /** The warnings of a loaded data repository, sorted. */
    public static List<String> of(DataRepository repo) {
        ActorDirectory actors = new ActorDirectory(repo.actors());
        PersonRule people = new PersonRule(actors);
        Map<String, String> warnings = new TreeMap<>();
        repo.snapshots().forEach((project, snapshots) -> {
            for (Snapshot s : snapshots) {
                for (Concentration.Identity id : observed(s)) {
                    Actor person = people.person(id);
                    String organisation = person == null ? null : actors.affiliationOn(person.id(), s.date());
                    Actor org = organisation == null ? null : actors.get(organisation);
                    String domain = id.domain();
                    if (org == null || MailDomains.isPersonal(domain) || lists(org, domain)) {
                        continue;
                    }
                    warnings.putIfAbsent(org.id() + "\n" + domain, "actors/" + org.id() + ".yaml: warning: " + person.id()
                            + ", affiliated with " + org.id() + ", commits from " + domain + " (projects/" + project
                            + "/snapshots/" + s.date() + ".yaml), a domain '" + org.id() + "' does not list in"
                            + " email_domains");
                }
            }
        });
        return new ArrayList<>(warnings.values());
    }

    /** The identities a snapshot shows: all of them, or for an old snapshot its top authors. */
    private static List<Concentration.Identity> observed(Snapshot s) {
        Concentration c = s.contribution() == null ? null : s.contribution().concentration();
        if (c == null) {
            return List.of();
        }
        if (!c.identities().isEmpty()) {
            return c.identities().stream().filter(i -> i != null && !i.automated()).toList();
        }
        return c.topAuthors().stream().filter(a -> a != null && a.identity() != null)
                .map(a -> new Concentration.Identity(a.identity(), a.name(), a.commits(), null)).toList();
    }

    private static boolean lists(Actor org, String domain) {
        for (String listed : org.emailDomains()) {
            String d = listed.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (domain.equals(d) || domain.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }
}
