package org.levermap.model.repo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.levermap.model.Snapshot;

/** Writes snapshots into a data repository. Snapshots are append-only: one is never overwritten unless forced. */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    /**
     * Writes {@code snapshot} to {@code projects/<project>/snapshots/<date>.yaml} atomically.
     *
     * @param force replace a snapshot of the same date
     * @return the file written
     * @throws FileAlreadyExistsException if a snapshot of that date exists and {@code force} is false
     */
    public static Path write(Path root, Snapshot snapshot, boolean force) throws IOException {
        Path file = RepositoryLayout.snapshotFile(root, snapshot.project(), snapshot.date());
        try {
            YamlCodec.writeFile(file, FileKind.SNAPSHOT, snapshot, force);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "a snapshot for " + snapshot.date() + " exists already; snapshots are never rewritten"
                            + " (use --force to replace it)");
        }
        return file;
    }
}
