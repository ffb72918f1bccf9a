package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.CollectException;

class LocalRepositoriesTest {

    @TempDir
    Path tmp;

    @Test
    void opensABareRepositoryOrTheGitFolderOfAWorkingTree() throws Exception {
        Git.init().setDirectory(tmp.resolve("work").toFile()).call().close();
        Git.init().setBare(true).setDirectory(tmp.resolve("bare.git").toFile()).call().close();
        try (OpenedRepository work = LocalRepositories.open(tmp.resolve("work"), "work")) {
            assertEquals(tmp.resolve("work/.git").toFile(), work.repository().getDirectory());
            assertFalse(work.shallow());
        }
        try (OpenedRepository bare = LocalRepositories.open(tmp.resolve("bare.git"), "bare")) {
            assertTrue(bare.repository().isBare());
        }
    }

    @Test
    void aFileIsNoRepository() throws Exception {
        Files.writeString(tmp.resolve("f"), "x");
        CollectException e = assertThrows(CollectException.class, () -> LocalRepositories.open(tmp.resolve("f"), "f"));
        assertEquals("f: not a folder, so not a git repository", e.getMessage());
    }
}
