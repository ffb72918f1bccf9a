package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.testing.Samples;

/** Builds the facts a rule reads, with the usual cast of actors. */
final class Judge {

    static final ActorDirectory CAST = new ActorDirectory(Samples.cast());

    private Judge() {
    }

    static Facts facts(Project project, Snapshot snapshot) {
        return new Facts(project, snapshot, snapshot == null ? null : snapshot.date(), CAST);
    }

    static Facts facts(Project project) {
        return facts(project, null);
    }

    static Assessment assess(Project project, Snapshot snapshot) {
        return new Assessor(Samples.cast(), List.of()).assess(project, snapshot);
    }
}
