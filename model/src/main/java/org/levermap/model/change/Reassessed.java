package org.levermap.model.change;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;

/**
 * The assessments of a project's snapshots, each derived when first asked for rather than with the
 * history: keeping every snapshot's assessment of every project (its answers, citations and reasons)
 * took a third of a large build's heap for pages that each read one of them. A streamed change log
 * keeps whole histories only of the few projects being rendered, so once derived an assessment is
 * kept with its history (a snapshot's page and the project's JSON both read it). The assessor is a
 * pure function of the snapshot, so an assessment derived later is the same.
 */
final class Reassessed extends AbstractList<Assessment> implements RandomAccess {

    private final Project project;
    private final List<Snapshot> snapshots;
    private final Assessor assessor;
    private final Assessment latest;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Assessment> derived;

    /** @param latest the assessment of the newest snapshot, which summaries read and which is kept */
    Reassessed(Project project, List<Snapshot> snapshots, Assessor assessor, Assessment latest) {
        this.project = project;
        this.snapshots = List.copyOf(snapshots);
        this.assessor = assessor;
        this.latest = latest;
        this.derived = new java.util.concurrent.atomic.AtomicReferenceArray<>(this.snapshots.size());
    }

    @Override
    public Assessment get(int index) {
        Snapshot snapshot = snapshots.get(index);
        if (index == snapshots.size() - 1) {
            return latest;
        }
        Assessment a = derived.get(index);
        if (a == null) { // two threads may derive it at once: equal assessments, either kept
            a = assessor.assess(project, snapshot);
            derived.set(index, a);
        }
        return a;
    }

    @Override
    public int size() {
        return snapshots.size();
    }
}
