package org.levermap.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a snapshot was collected from.
 *
 * @param tool collector name and version
 * @param repository the repository location as given in project.yaml
 * @param branch the branch whose first-parent line is the project's history
 * @param commit the last first-parent commit on or before the snapshot date
 * @param commitDate that commit's committer date
 * @param shallow true when the history was incomplete (a shallow clone)
 * @param warnings anything the reader of the snapshot must know about its completeness
 */
public record Provenance(
        @Required String tool,
        String repository,
        String branch,
        String commit,
        LocalDate commitDate,
        Boolean shallow,
        List<String> warnings) {

    public Provenance {
        warnings = Lists.of(warnings);
    }
}
