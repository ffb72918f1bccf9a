package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.levermap.model.Event;
import org.levermap.model.EventKind;

/** What a curated event must say beyond its annotations: a schism names its parties on both sides. */
final class EventRules {

    private EventRules() {
    }

    static void check(Event event, JsonPointer at, List<Finding> findings) {
        if (event.outcome() != null && event.outcome().date() != null && event.date() != null
                && event.outcome().date().isBefore(event.date())) {
            findings.add(new Finding(at.appendProperty("outcome").appendProperty("date").toString(), false,
                    "the outcome's 'date' (" + event.outcome().date() + ") is before the event's 'date' ("
                            + event.date() + ")"));
        }
        if (event.kind() != EventKind.SCHISM) {
            return;
        }
        Set<Event.Side> sides = EnumSet.noneOf(Event.Side.class);
        for (int i = 0; i < event.parties().size(); i++) {
            Event.Party party = event.parties().get(i);
            if (party == null) {
                continue;
            }
            if (party.side() == null) {
                findings.add(new Finding(at.appendProperty("parties").appendIndex(i).toString(), false,
                        "a party to a schism needs a 'side' (upstream, fork or neutral)"));
            } else {
                sides.add(party.side());
            }
        }
        if (!sides.contains(Event.Side.UPSTREAM) || !sides.contains(Event.Side.FORK)) {
            findings.add(new Finding(at.appendProperty("parties").toString(), false,
                    "a schism needs 'parties' on both sides: at least one 'side: upstream' and one 'side: fork'"));
        }
    }
}
