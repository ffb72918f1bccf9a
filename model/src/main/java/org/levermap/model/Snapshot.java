package org.levermap.model;

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
 * @param lineage fork relation or base models
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
        PlatformFacts platforms) {

    /**
     * A snapshot of git alone, as snapshots were before platforms were collected. Code that rebuilds a
     * snapshot from another must pass its {@code platforms()} to the full constructor, not use this one.
     */
    public Snapshot(String project, LocalDate date, Provenance provenance, LicenseFacts license,
            StewardshipFacts stewardship, ContributionFacts contribution, ResourceFacts resources,
            LineageFacts lineage) {
        this(project, date, provenance, license, stewardship, contribution, resources, lineage, null);
    }

    /** This snapshot with the platforms' observations. */
    public Snapshot withPlatforms(PlatformFacts facts) {
        return new Snapshot(project, date, provenance, license, stewardship, contribution, resources, lineage, facts);
    }
}
