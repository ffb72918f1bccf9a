package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a project comes from: a fork's relation to its upstream, or a model's base models.
 *
 * @param upstream the upstream project
 * @param forkPoint the newest upstream commit that is an ancestor of the fork's head
 * @param forkDate that commit's committer date
 * @param ahead fork commits not in upstream
 * @param behind upstream commits not in the fork
 * @param aheadNoMerges ahead, merges left out
 * @param behindNoMerges behind, merges left out
 * @param lastSync date of the fork's first-parent commit that merged the newest upstream commit after the
 *     fork point; absent when the fork never merged upstream again
 * @param syncPoint the newest upstream commit the fork contains (what {@code git merge-base} gives)
 * @param licenseAtFork the license at the fork point
 * @param nameAtFork the project name at the fork point, read from its manifest or README
 * @param name the fork's name as of the snapshot date
 * @param upstreamLicense the upstream license as of the snapshot date
 * @param upstreamName the upstream's name as of the snapshot date
 * @param baseModels for a model: its base models (model card {@code base_model})
 * @param baseModelRelation for a model: finetune, adapter, quantized, merge
 * @param datasets for a model: declared training datasets
 */
public record LineageFacts(
        @Id(Id.Kind.PROJECT) String upstream,
        Evidence forkPoint,
        LocalDate forkDate,
        @Count Integer ahead,
        @Count Integer behind,
        @Count Integer aheadNoMerges,
        @Count Integer behindNoMerges,
        LocalDate lastSync,
        Evidence syncPoint,
        String licenseAtFork,
        String nameAtFork,
        String name,
        String upstreamLicense,
        String upstreamName,
        List<String> baseModels,
        String baseModelRelation,
        List<String> datasets) {

    public LineageFacts {
        baseModels = Lists.of(baseModels);
        datasets = Lists.of(datasets);
    }
}
