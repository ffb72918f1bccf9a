package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Snapshot;

class SnapshotWriterTest {

    @TempDir
    Path root;

    @Test
    void writesUnderTheProjectsSnapshotFolder() throws Exception {
        Snapshot snapshot = Fixtures.snapshot("x");
        Path file = SnapshotWriter.write(root, snapshot, false);
        assertEquals(root.resolve("projects/p-1/snapshots/2024-05-31.yaml"), file);
        assertEquals(YamlCodec.write(FileKind.SNAPSHOT, snapshot), Files.readString(file));
    }

    @Test
    void neverOverwritesASnapshotUnlessForced() throws Exception {
        Path file = SnapshotWriter.write(root, Fixtures.snapshot("first"), false);
        String first = Files.readString(file);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> SnapshotWriter.write(root, Fixtures.snapshot("second"), false));
        assertTrue(e.getMessage().contains("snapshots are never rewritten (use --force to replace it)"), e.getMessage());
        assertEquals(first, Files.readString(file));

        SnapshotWriter.write(root, Fixtures.snapshot("second"), true);
        assertTrue(Files.readString(file).contains("second"));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anInvalidSnapshotIsNotWrittenAtAll() {
        Snapshot bad = new Snapshot("Bad Id", Fixtures.snapshot("x").date(), null, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> SnapshotWriter.write(root, bad, false));
        assertEquals(false, Files.exists(root.resolve("projects")));
    }

    @Test
    void theTemporaryFileOfAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        Path folder = Files.createDirectories(root.resolve("projects/p-1/snapshots"));
        Path leftover = Files.writeString(folder.resolve(".2024-04-30.yaml8812345567123.tmp"), "half a snap");
        Path notOurs = Files.writeString(folder.resolve(".notes.tmp"), "keep");
        SnapshotWriter.write(root, Fixtures.snapshot("x"), false);
        assertTrue(Files.notExists(leftover), "a killed run's temporary file is gone");
        assertTrue(Files.exists(notOurs), "a file levermap did not name is kept");
    }
}
