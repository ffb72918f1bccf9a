package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RepositoryLocationTest {

    private final Path root = Path.of("/data/report");

    @Test
    void urlsAreRemote() {
        assertTrue(RepositoryLocation.parse("https://github.com/redis/redis", root).isRemote());
        assertTrue(RepositoryLocation.parse("git@github.com:redis/redis.git", root).isRemote());
        assertTrue(RepositoryLocation.parse("file:///srv/git/x.git", root).isRemote());
        assertEquals("github.com", RepositoryLocation.parse("ssh://git@github.com/redis/redis", root).remote().getHost());
    }

    @Test
    void pathsAreLocalAndResolvedAgainstTheDataRepository() {
        RepositoryLocation relative = RepositoryLocation.parse("../mirrors/redis.git", root);
        assertFalse(relative.isRemote());
        assertEquals(Path.of("/data/mirrors/redis.git"), relative.local());
        assertEquals(Path.of("/srv/redis"), RepositoryLocation.parse("/srv/redis", root).local());
    }
}
