package org.levermap.collect.modelcard;

import java.util.List;

/**
 * What a Hugging Face model card's front matter declares about license and lineage.
 *
 * @param path the card's path in the repository ({@code README.md})
 * @param license the declared license id as written ({@code apache-2.0}, {@code llama3.1}, {@code other})
 * @param licenseName {@code license_name}, used with {@code license: other}
 * @param licenseLink {@code license_link}
 * @param baseModels {@code base_model}, a string or a list in the card
 * @param baseModelRelation {@code base_model_relation}: adapter, merge, quantized, finetune
 * @param datasets {@code datasets}
 * @param gated whether access is gated ({@code extra_gated_*} fields present, or {@code gated} set)
 * @param gatingFields the {@code extra_gated_fields} a user must fill in to get access
 * @param licenseLine 1-based line of the {@code license} key in the file, 0 when absent
 * @param baseModelLine 1-based line of the {@code base_model} key, 0 when absent
 */
public record ModelCard(
        String path,
        String license,
        String licenseName,
        String licenseLink,
        List<String> baseModels,
        String baseModelRelation,
        List<String> datasets,
        boolean gated,
        List<String> gatingFields,
        int licenseLine,
        int baseModelLine) {

    public ModelCard {
        baseModels = List.copyOf(baseModels);
        datasets = List.copyOf(datasets);
        gatingFields = List.copyOf(gatingFields);
    }
}
