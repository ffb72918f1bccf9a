package org.levermap.model.change;

import java.util.List;
import java.util.Map;
import org.levermap.model.Alliance;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessor;
import org.levermap.model.testing.Samples;

/** Builds the step a change rule reads, assessing both snapshots with the usual cast. */
final class Steps {

    private Steps() {
    }

    static Step of(Project project, Snapshot before, Snapshot after) {
        return of(project, before, after, List.of(), Map.of());
    }

    static Step of(Project project, Snapshot before, Snapshot after, List<Alliance> alliances,
            Map<String, List<Context.Fork>> forks) {
        Assessor assessor = new Assessor(Samples.cast(), alliances);
        Map<String, Alliance> byId = new java.util.TreeMap<>();
        alliances.forEach(a -> byId.put(a.id(), a));
        return new Step(project, before, after, assessor.assess(project, before), assessor.assess(project, after),
                new Context(assessor.actors(), byId, forks));
    }
}
