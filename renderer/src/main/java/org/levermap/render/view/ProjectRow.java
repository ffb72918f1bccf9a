package org.levermap.render.view;

import java.util.List;

/**
 * A project as a row of the index.
 *
 * @param project the project
 * @param kind software, model, dataset, specification, or null
 * @param license SPDX expression, or null
 * @param family stable name of the license family, or null
 * @param model stable name of the governance model
 * @param modelLabel the model for people
 * @param steward the steward, or null
 * @param flags red flags
 * @param lastChange the most severe recent change (see {@code ProjectHistory.mostSevereRecent}), or null
 * @param first the oldest snapshot's date, or null (with {@code latest}, the range of the project's data)
 * @param latest the newest snapshot's date, or null: the project shows curated facts only
 * @param upstream the upstream project of a fork, or null
 */
public record ProjectRow(Ref project, String kind, String license, String family, String model, String modelLabel,
        Ref steward, List<FlagView> flags, ChangeView lastChange, String first, String latest,
        Ref upstream) {
}
