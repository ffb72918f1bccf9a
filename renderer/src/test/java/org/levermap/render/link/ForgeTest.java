package org.levermap.render.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForgeTest {

    private static final String C = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void githubInEveryRemoteForm() {
        for (String remote : new String[] {"https://github.com/o/r", "https://github.com/o/r.git", "git@github.com:o/r.git",
            "ssh://git@github.com/o/r.git", "https://github.com/o/r/"}) {
            Forge f = Forge.of(remote).orElseThrow(() -> new AssertionError(remote));
            assertEquals("https://github.com/o/r/blob/" + C + "/src/a%20b.txt#L12", f.file(C, "src/a b.txt", 12), remote);
            assertEquals("https://github.com/o/r/commit/" + C, f.commit(C));
        }
    }

    @Test
    void otherForges() {
        assertEquals("https://gitlab.com/g/sub/r/-/blob/" + C + "/LICENSE#L3",
                Forge.of("https://gitlab.com/g/sub/r.git").orElseThrow().file(C, "LICENSE", 3));
        assertEquals("https://codeberg.org/o/r/src/commit/" + C + "/LICENSE",
                Forge.of("https://codeberg.org/o/r").orElseThrow().file(C, "LICENSE", null));
        assertEquals("https://bitbucket.org/o/r/src/" + C + "/x#lines-2",
                Forge.of("https://bitbucket.org/o/r").orElseThrow().file(C, "x", 2));
        assertEquals("https://git.sr.ht/~u/r/tree/" + C + "/item/x#L1",
                Forge.of("https://git.sr.ht/~u/r").orElseThrow().file(C, "x", 1));
    }

    @Test
    void noForgeNoLink() {
        assertTrue(Forge.of("/srv/git/solo").isEmpty());
        assertTrue(Forge.of("https://example.org/o/r").isEmpty());
        assertTrue(Forge.of("javascript:alert(1)//github.com/o/r").isEmpty());
        assertTrue(Forge.of(null).isEmpty());
    }

    @Test
    void onlyHexCommitsAndCleanPathsMakeLinks() {
        Forge f = Forge.of("https://github.com/o/r").orElseThrow();
        assertNull(f.commit("HEAD"));
        assertNull(f.file("main\"><script>", "x", null));
        assertEquals("https://github.com/o/r/blob/" + C + "/a/%22%3E%3Cscript%3E", f.file(C, "../a/\"><script>", null));
    }
}
