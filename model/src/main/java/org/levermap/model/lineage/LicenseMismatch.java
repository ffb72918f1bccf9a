package org.levermap.model.lineage;

import java.time.LocalDate;

/**
 * A model whose declared license differs from its base model's, both being in the data repository.
 *
 * @param model the fine-tuned model's project id
 * @param modelLicense its license as of its latest snapshot
 * @param snapshot that snapshot's date
 * @param baseModel the base model's project id
 * @param baseModelLicense the base model's license as of its latest snapshot
 * @param declaredAs how the model card names the base model ({@code org/name})
 */
public record LicenseMismatch(String model, String modelLicense, LocalDate snapshot, String baseModel,
        String baseModelLicense, String declaredAs) {
}
