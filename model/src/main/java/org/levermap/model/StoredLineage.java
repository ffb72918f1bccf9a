package org.levermap.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code lineage:} mapping of a snapshot file as it may be written: a fork's figures, and, in
 * files written before the model-card lineage became its own record, {@code base_models},
 * {@code base_model_relation} and {@code datasets}. Only {@link Snapshot} reads it, and splits it into
 * {@link LineageFacts} and {@link ModelLineage}; constraints are checked on those.
 */
record StoredLineage(
        String upstream,
        Evidence forkPoint,
        LocalDate forkDate,
        Integer ahead,
        Integer behind,
        Integer aheadNoMerges,
        Integer behindNoMerges,
        LocalDate lastSync,
        Evidence syncPoint,
        String licenseAtFork,
        String nameAtFork,
        String name,
        String upstreamLicense,
        String upstreamName,
        List<String> baseModels,
        String baseModelRelation,
        List<String> datasets,
        OffsetDateTime forkAt,
        LineageFacts.Sync newestSync,
        List<LineageFacts.Sync> recentSyncs,
        Integer syncCount) {

    /** The fork's figures, or null when the mapping held only a model's lineage. */
    LineageFacts fork() {
        LineageFacts f = new LineageFacts(upstream, forkPoint, forkDate, ahead, behind, aheadNoMerges, behindNoMerges,
                lastSync, syncPoint, licenseAtFork, nameAtFork, name, upstreamLicense, upstreamName, forkAt, newestSync,
                recentSyncs, syncCount);
        return f.equals(new LineageFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null)) ? null : f;
    }

    /** The model-card lineage an old file held here, or null. */
    ModelLineage model() {
        return ModelLineage.orNull(baseModels, baseModelRelation, datasets);
    }
}
