package org.levermap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * {@code projects/<id>/snapshots/<date>.yaml}: what the collectors observed about a project's
 * repository as of one date. Machine-written and never rewritten; judgements are derived from it at
 * build time, never stored in it.
 *
 * @param project the project id, equal to the folder name
 * @param date the date the snapshot describes, equal to the file name
 * @param provenance what was read: repository, branch, commit, tool
 * @param license the license and its history
 * @param stewardship release signing
 * @param contribution governance documents, maintainers, mergers, CLA/DCO, concentration
 * @param resources funding declared in the repository
 * @param lineage a fork's relation to its upstream
 * @param modelLineage a model's base models and datasets, from its model card
 * @param platforms what the forge, hub, registry and domain APIs said on the day of collection
 */
public record Snapshot(
        @Required @Id(Id.Kind.PROJECT) String project,
        @Required LocalDate date,
        @Required Provenance provenance,
        LicenseFacts license,
        StewardshipFacts stewardship,
        ContributionFacts contribution,
        ResourceFacts resources,
        LineageFacts lineage,
        ModelLineage modelLineage,
        PlatformFacts platforms) {

    /**
     * A snapshot of git alone, as snapshots were before platforms were collected. Code that rebuilds a
     * snapshot from another must pass its {@code platforms()} to the full constructor, not use this one.
     */
    public Snapshot(String project, LocalDate date, Provenance provenance, LicenseFacts license,
            StewardshipFacts stewardship, ContributionFacts contribution, ResourceFacts resources,
            LineageFacts lineage) {
        this(project, date, provenance, license, stewardship, contribution, resources, lineage, null, null);
    }

    /**
     * Reads a snapshot file. Files written before the model-card lineage was its own record held
     * {@code base_models}, {@code base_model_relation} and {@code datasets} under {@code lineage:}; they
     * load unchanged, those keys landing in {@code modelLineage} (a file holding both places is refused:
     * which one is true would be a guess).
     */
    @JsonCreator
    static Snapshot read(@JsonProperty("project") String project, @JsonProperty("date") LocalDate date,
            @JsonProperty("provenance") Provenance provenance, @JsonProperty("license") LicenseFacts license,
            @JsonProperty("stewardship") StewardshipFacts stewardship,
            @JsonProperty("contribution") ContributionFacts contribution,
            @JsonProperty("resources") ResourceFacts resources, @JsonProperty("lineage") StoredLineage lineage,
            @JsonProperty("model_lineage") ModelLineage modelLineage, @JsonProperty("platforms") PlatformFacts platforms) {
        ModelLineage old = lineage == null ? null : lineage.model();
        if (old != null && modelLineage != null) {
            throw new IllegalArgumentException("lineage holds base_models, base_model_relation or datasets, and "
                    + "model_lineage is given too: keep them under model_lineage only");
        }
        return new Snapshot(project, date, provenance, license, stewardship, contribution, resources,
                lineage == null ? null : lineage.fork(), old != null ? old : modelLineage, platforms);
    }

    /** This snapshot with the platforms' observations. */
    public Snapshot withPlatforms(PlatformFacts facts) {
        return new Snapshot(project, date, provenance, license, stewardship, contribution, resources, lineage,
                modelLineage, facts);
    }
}
