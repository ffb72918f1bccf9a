package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryPathsTest {

    @TempDir
    Path tmp;

    @Test
    void aRegularFileOrAMissingOneMayBeReadAndAFolderInItsPlaceMayNot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("data"));
        Path real = RepositoryPaths.realRoot(root);
        Files.writeString(root.resolve("a.yaml"), "x");
        Files.createDirectories(root.resolve("b.yaml"));
        assertNull(RepositoryPaths.refusal(real, root.resolve("a.yaml"), false));
        assertNull(RepositoryPaths.refusal(real, root.resolve("missing.yaml"), false));
        assertEquals("is not a regular file", RepositoryPaths.refusal(real, root.resolve("b.yaml"), false));
        assertNull(RepositoryPaths.refusal(real, root.resolve("b.yaml"), true));
        assertEquals("is not a folder", RepositoryPaths.refusal(real, root.resolve("a.yaml"), true));
    }

    @Test
    void aLinkIsFollowedOnlyInsideTheRepository() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("data"));
        Path real = RepositoryPaths.realRoot(root);
        Files.writeString(root.resolve("a.yaml"), "x");
        Files.writeString(tmp.resolve("outside.yaml"), "secret");
        Files.createSymbolicLink(root.resolve("in.yaml"), root.resolve("a.yaml"));
        Files.createSymbolicLink(root.resolve("out.yaml"), tmp.resolve("outside.yaml"));
        Files.createSymbolicLink(root.resolve("nowhere.yaml"), tmp.resolve("gone.yaml"));
        assertNull(RepositoryPaths.refusal(real, root.resolve("in.yaml"), false));
        assertEquals("is a symbolic link that leads outside the data repository; levermap reads only files inside it,"
                + " so the link was not followed", RepositoryPaths.refusal(real, root.resolve("out.yaml"), false));
        assertEquals("is a symbolic link that leads nowhere", RepositoryPaths.refusal(real, root.resolve("nowhere.yaml"),
                false));
    }
}
