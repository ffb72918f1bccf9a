package org.levermap.render.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.levermap.model.Evidence;

class EvidenceLinksTest {

    private final EvidenceLinks links = new EvidenceLinks();
    private static final String C = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void collectedEvidenceLinksToItsLineOnTheForge() {
        assertEquals("https://github.com/o/r/blob/" + C + "/CODEOWNERS#L4",
                links.of("https://github.com/o/r", new Evidence(C, "CODEOWNERS", 4)));
        assertNull(links.of("/local/repo", new Evidence(C, "CODEOWNERS", 4)));
        assertEquals("CODEOWNERS:4 @ 0123456", EvidenceLinks.text(new Evidence(C, "CODEOWNERS", 4)));
        assertEquals("commit 0123456", EvidenceLinks.text(new Evidence(C, null, null)));
    }

    @Test
    void curatedSourcesAreUrlsOrRepositoryPathsAtACommit() {
        assertEquals("https://example.org/a", links.source("https://example.org/a"));
        assertEquals("https://github.com/o/r/blob/0123456789abcdef/GOVERNANCE.md",
                links.source("https://github.com/o/r:GOVERNANCE.md@0123456789abcdef"));
        assertNull(links.source("/srv/repo:GOVERNANCE.md@0123456789abcdef"));
        assertNull(links.source("javascript:alert(1)"));
    }
}
