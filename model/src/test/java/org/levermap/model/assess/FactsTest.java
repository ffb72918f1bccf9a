package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Project;
import org.levermap.model.Registry;
import org.levermap.model.Snapshot;
import org.levermap.model.testing.Samples;

class FactsTest {

    private static final Project MOVED = Samples.at(project("p"), "https://github.com/old-home/widget", null);

    @Test
    void theCollectedForgeOwnerWinsOverTheAddress() {
        Facts f = Judge.facts(MOVED, CollectedLeversTest.owned("acme", AccountKind.ORGANIZATION));
        assertEquals(Optional.of("acme"), f.repositoryAccount(), "the address still names the owner before a transfer");
        assertEquals(Optional.of("acme"), f.repositoryOwner());
    }

    @Test
    void withoutCollectedDataTheAddressNamesTheOwner() {
        assertEquals(Optional.of("old-home"), Judge.facts(MOVED).repositoryAccount());
        assertEquals(Optional.of("old-home"), Judge.facts(MOVED, Samples.snapshot("p", "2026-11-27").build())
                .repositoryAccount());
    }

    /** A snapshot whose npm package {@code w} globex alone can publish and whose domain globex holds. */
    static Snapshot globexPublishes() {
        ApiEvidence read = new ApiEvidence("https://registry.npmjs.org/w", "maintainers", day("2026-11-27"));
        return Samples.snapshot("p", "2026-11-27").build().withPlatforms(new PlatformFacts(null, null,
                List.of(new PackageFacts(Registry.NPM, "w", List.of("globex", "zed"), null, null, read)),
                new DomainFacts("globex.example", null, "Globex", null, null, read)));
    }

    @Test
    void anUndocumentedLeverIsHeldByTheKnownActorsThePlatformsName() {
        Facts f = Judge.facts(project("p"), globexPublishes());
        assertEquals(new TreeSet<>(Set.of("globex")), f.holders(Lever.RELEASE_SIGNING), "zed is no known actor");
        assertTrue(f.collected(Lever.RELEASE_SIGNING));
        assertEquals(new TreeSet<>(Set.of("globex")), f.holders(Lever.BRAND), "a company holding the domain");
        assertFalse(f.documented(Lever.RELEASE_SIGNING), "collected holders are no curated facts");
    }

    @Test
    void aCuratedLeverCorrectsTheCollectedOne() {
        Facts f = Judge.facts(project("p", Lever.RELEASE_SIGNING, held("alice")), globexPublishes());
        assertEquals(new TreeSet<>(Set.of("alice")), f.holders(Lever.RELEASE_SIGNING));
        assertFalse(f.collected(Lever.RELEASE_SIGNING));
        assertTrue(f.collected(Lever.DOMAIN));
    }
}
