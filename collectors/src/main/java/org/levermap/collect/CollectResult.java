package org.levermap.collect;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Snapshot;

/**
 * What a collection produced.
 *
 * @param repository the repository as messages name it
 * @param branch the branch read
 * @param tip its tip commit
 * @param commits commits read
 * @param snapshots one per date that could be described, oldest first
 * @param skipped dates that could not be, with the reason
 * @param warnings what the user must know about the whole collection (a shallow clone)
 */
public record CollectResult(
        String repository,
        String branch,
        String tip,
        int commits,
        List<Snapshot> snapshots,
        List<Skipped> skipped,
        List<String> warnings) {

    public CollectResult {
        snapshots = List.copyOf(snapshots);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * A date with no snapshot.
     *
     * @param date the date
     * @param reason why
     */
    public record Skipped(LocalDate date, String reason) {
    }
}
