package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Alliance;

/**
 * Alliance membership (of the project or of its steward): joining is info, leaving is notable.
 */
final class AllianceRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        List<Change> changes = new ArrayList<>();
        List<String> was = step.was().alliances();
        List<String> is = step.is().alliances();
        for (String id : is) {
            if (!was.contains(id)) {
                changes.add(step.change(ChangeKind.ALLIANCE, Severity.INFO, id, "none", name(step, id),
                        "Joined " + name(step, id) + ".", List.of()));
            }
        }
        for (String id : was) {
            if (!is.contains(id)) {
                changes.add(step.change(ChangeKind.ALLIANCE, Severity.NOTABLE, id, name(step, id), "none",
                        "Left " + name(step, id) + ".", List.of()));
            }
        }
        return changes;
    }

    private static String name(Step step, String id) {
        Alliance a = step.context().alliances().get(id);
        return a == null ? id : a.name();
    }
}
