package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

class CloneCacheTest {

    private final CloneCache cache = new CloneCache(Path.of("/cache/repos"));

    @Test
    void aCloneLivesUnderItsHostAndPath() throws Exception {
        assertEquals(Path.of("/cache/repos/github.com/redis/redis.git"), cache.folderFor(new URIish("https://github.com/redis/redis.git")));
        assertEquals(Path.of("/cache/repos/github.com/redis/redis.git"), cache.folderFor(new URIish("git@github.com:redis/redis")));
    }

    @Test
    void credentialsPortsAndLocalUrlsGetAHashAndNeverAPathOutsideTheCache() throws Exception {
        Path withToken = cache.folderFor(new URIish("https://user:secret@example.com:8443/a/../../b.git"));
        assertTrue(withToken.startsWith(Path.of("/cache/repos/example.com")), withToken.toString());
        assertTrue(!withToken.toString().contains("secret"), withToken.toString());
        assertTrue(withToken.getFileName().toString().matches("b-[0-9a-f]{8}\\.git"), withToken.toString());
        assertTrue(cache.folderFor(new URIish("file:///srv/x.git")).startsWith(Path.of("/cache/repos/local")));
    }
}
