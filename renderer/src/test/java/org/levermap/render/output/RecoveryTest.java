package org.levermap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path tmp;

    private Path built(String page) throws Exception {
        Path out = tmp.resolve("site");
        StagedOutput o = StagedOutput.open(out);
        o.write("index.html", page.getBytes(StandardCharsets.UTF_8));
        o.commit();
        return out;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextRunDeletesTheStagingAndOldFoldersOfAKilledBuild() throws Exception {
        Path out = built("old");
        Files.writeString(Files.createDirectories(tmp.resolve(".site.staging-123/deep")).resolve("x.html"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve(".site.old-456")).resolve("y.html"), "y");
        Files.writeString(tmp.resolve(".other.staging-1"), "not ours");
        StagedOutput next = StagedOutput.open(out);
        next.abort();
        assertEquals(List.of(".other.staging-1", "site"), names());
        assertEquals(1, next.recovered().size());
        assertTrue(next.recovered().get(0).contains(".site.old-456, .site.staging-123"), next.recovered().toString());
    }

    @Test
    void theNextRunRestoresASiteKilledBetweenTheTwoRenames() throws Exception {
        Path out = built("old");
        Files.move(out, tmp.resolve(".site.old-789"));
        StagedOutput next = StagedOutput.open(out);
        assertEquals("old", Files.readString(out.resolve("index.html")), "restored before the build starts");
        next.abort();
        assertEquals(List.of("site"), names());
        assertTrue(next.recovered().get(0).startsWith("restored site from .site.old-789"));
    }

    @Test
    void anOutputFolderWhoseNameHoldsTheWordsStillSwapsCleanly() throws Exception {
        Path out = tmp.resolve("staging-old-site");
        for (String page : List.of("one", "two")) {
            StagedOutput o = StagedOutput.open(out);
            o.write("index.html", page.getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("staging-old-site"), names());
    }
}
