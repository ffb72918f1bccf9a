package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipFilesTest {

    @TempDir
    Path tmp;

    @Test
    void whatIsWrittenReadsBackAndNoTemporaryFileIsLeft() throws IOException {
        Path file = tmp.resolve("a/b.bin");
        GzipFiles.write(file, out -> out.writeUTF("hello"));
        try (DataInputStream in = GzipFiles.open(file)) {
            assertEquals("hello", in.readUTF());
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("c.bin");
        GzipFiles.write(file, out -> out.writeUTF("old"));
        assertThrows(IOException.class, () -> GzipFiles.write(file, out -> {
            throw new IOException("disk full");
        }));
        try (DataInputStream in = GzipFiles.open(file)) {
            assertEquals("old", in.readUTF());
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
