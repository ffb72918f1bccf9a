package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonPointer;
import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.CuratedFact;
import org.levermap.model.Event;
import org.levermap.model.Project;

/** Rules that span several components of one record, beyond what the annotations say. */
final class RecordRules {

    private RecordRules() {
    }

    /** Whether any rule here concerns records of this kind. */
    static boolean applies(Record record) {
        return record instanceof CuratedFact || record instanceof Alliance.Member || record instanceof Actor.Parent
                || record instanceof Actor.Affiliation || record instanceof Actor || record instanceof Project
                || record instanceof Event || record instanceof Event.Party;
    }

    static void check(Record record, JsonPointer at, List<Finding> findings) {
        if (record instanceof CuratedFact fact) {
            if (fact.holder() == null && fact.value() == null) {
                findings.add(new Finding(at.toString(), false, "a lever fact needs a 'holder' (an actor id) or a 'value'"));
            }
            ordered(fact.since(), fact.until(), "since", "until", at, findings);
        } else if (record instanceof Alliance.Member member) {
            if ((member.actor() == null) == (member.project() == null)) {
                findings.add(new Finding(at.toString(), false,
                        "a member is either an 'actor' or a 'project': give exactly one"));
            }
            ordered(member.joined(), member.left(), "joined", "left", at, findings);
        } else if (record instanceof Actor.Parent parent) {
            ordered(parent.since(), parent.until(), "since", "until", at, findings);
        } else if (record instanceof Actor.Affiliation affiliation) {
            ordered(affiliation.since(), affiliation.until(), "since", "until", at, findings);
        } else if (record instanceof Actor actor && !actor.affiliations().isEmpty()
                && actor.kind() != org.levermap.model.ActorKind.PERSON) {
            // An organisation belongs to another through 'parents' (an acquisition); people are enrolled.
            findings.add(new Finding(at.appendProperty("affiliations").toString(), true,
                    "only a person has 'affiliations'; an organisation belongs to another through 'parents'"));
        } else if (record instanceof Event.Party party) {
            if ((party.actor() == null) == (party.project() == null)) {
                findings.add(new Finding(at.toString(), false,
                        "a party is either an 'actor' or a 'project': give exactly one"));
            }
        } else if (record instanceof Event event) {
            EventRules.check(event, at, findings);
        } else if (record instanceof Project project) {
            if (project.upstream() != null && project.upstream().equals(project.id())) {
                findings.add(new Finding(at.appendProperty("upstream").toString(), false,
                        "a project cannot be its own upstream"));
            }
            PlatformNames.check(project, at, findings);
        }
    }

    private static void ordered(LocalDate from, LocalDate to, String fromKey, String toKey, JsonPointer at,
            List<Finding> findings) {
        if (from != null && to != null && to.isBefore(from)) {
            findings.add(new Finding(at.appendProperty(toKey).toString(), false,
                    "'" + toKey + "' (" + to + ") is before '" + fromKey + "' (" + from + ")"));
        }
    }
}
