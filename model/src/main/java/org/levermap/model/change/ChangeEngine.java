package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;

/** Applies every change rule to two consecutive snapshots. */
final class ChangeEngine {

    private final Context context;

    ChangeEngine(Context context) {
        this.context = context;
    }

    /** The changes from {@code before} to {@code after}, in rule order. */
    List<Change> between(Project project, Snapshot before, Assessment was, Snapshot after, Assessment is) {
        Step step = new Step(project, before, after, was, is, context);
        List<Change> changes = new ArrayList<>();
        for (ChangeRule rule : ChangeRule.ALL) {
            changes.addAll(rule.changes(step));
        }
        return changes;
    }
}
