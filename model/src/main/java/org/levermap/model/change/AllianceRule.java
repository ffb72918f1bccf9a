package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.Alliance;
import org.levermap.model.assess.Membership;
import org.levermap.model.phrase.Phrase;

/**
 * A project's ties to alliances: joining is info, leaving is notable. Membership belongs to the member,
 * so only a project that is a member itself "joined"; a tie through its steward, or its steward's
 * parent, is reported as that, naming the member.
 */
final class AllianceRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        List<Change> changes = new ArrayList<>();
        Map<String, Membership> was = byAlliance(step.was().alliances());
        Map<String, Membership> is = byAlliance(step.is().alliances());
        is.forEach((id, m) -> {
            if (!was.containsKey(id)) {
                changes.add(step.change(ChangeKind.ALLIANCE, Severity.INFO, id, null, name(step, id),
                        m.via() == Membership.Via.PROJECT ? Phrase.of(ChangeText.ALLIANCE_JOINED).text("alliance", name(step, id))
                                : Phrase.of(ChangeText.ALLIANCE_TIED).text("alliance", name(step, id)).part("through", through(m)),
                        List.of()));
            }
        });
        was.forEach((id, m) -> {
            if (!is.containsKey(id)) {
                changes.add(step.change(ChangeKind.ALLIANCE, Severity.NOTABLE, id, name(step, id), null,
                        m.via() == Membership.Via.PROJECT ? Phrase.of(ChangeText.ALLIANCE_LEFT).text("alliance", name(step, id))
                                : Phrase.of(ChangeText.ALLIANCE_UNTIED).text("alliance", name(step, id)).part("through", through(m)),
                        List.of()));
            }
        });
        return changes;
    }

    /** "through its steward, Meta" or "through its steward's parent, IBM". */
    private static Phrase through(Membership m) {
        return Phrase.of(m.via() == Membership.Via.STEWARD_PARENT ? ChangeText.THROUGH_STEWARD_PARENT
                : ChangeText.THROUGH_STEWARD).actor("member", m.member());
    }

    private static Map<String, Membership> byAlliance(List<Membership> memberships) {
        Map<String, Membership> by = new TreeMap<>();
        memberships.forEach(m -> by.put(m.alliance(), m));
        return by;
    }

    private static String name(Step step, String id) {
        Alliance a = step.context().alliances().get(id);
        return a == null ? id : a.name();
    }
}
