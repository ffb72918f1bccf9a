package org.levermap.model;

import java.util.List;

/**
 * Where a model comes from, as its model card declares it. Kept apart from a fork's relation to its
 * upstream ({@link LineageFacts}): a model repository may be both, and the two are read from
 * different sources (the card's front matter, the commit graph).
 *
 * @param baseModels its base models (model card {@code base_model})
 * @param baseModelRelation finetune, adapter, quantized, merge (model card {@code base_model_relation})
 * @param datasets declared training datasets (model card {@code datasets})
 */
public record ModelLineage(
        List<String> baseModels,
        String baseModelRelation,
        List<String> datasets) {

    public ModelLineage {
        baseModels = Lists.of(baseModels);
        datasets = Lists.of(datasets);
    }

    /** This lineage, or null when it declares nothing. */
    public static ModelLineage orNull(List<String> baseModels, String baseModelRelation, List<String> datasets) {
        ModelLineage m = new ModelLineage(baseModels, baseModelRelation, datasets);
        return m.baseModels().isEmpty() && m.baseModelRelation() == null && m.datasets().isEmpty() ? null : m;
    }
}
