package org.levermap.model.change;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;

/**
 * The assessments of a project's snapshots, each derived again when asked for instead of kept: a
 * history holds every snapshot, and keeping every snapshot's assessment too (its answers, citations
 * and reasons) took a third of a large build's heap for pages that each read one of them. The
 * assessor is a pure function of the snapshot, so the assessment derived again is the same.
 */
final class Reassessed extends AbstractList<Assessment> implements RandomAccess {

    private final Project project;
    private final List<Snapshot> snapshots;
    private final Assessor assessor;
    private final Assessment latest;

    /** @param latest the assessment of the newest snapshot, which summaries read and which is kept */
    Reassessed(Project project, List<Snapshot> snapshots, Assessor assessor, Assessment latest) {
        this.project = project;
        this.snapshots = List.copyOf(snapshots);
        this.assessor = assessor;
        this.latest = latest;
    }

    @Override
    public Assessment get(int index) {
        Snapshot snapshot = snapshots.get(index);
        return index == snapshots.size() - 1 ? latest : assessor.assess(project, snapshot);
    }

    @Override
    public int size() {
        return snapshots.size();
    }
}
