package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.Gating;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Registry;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Samples;

class CollectedHoldingsTest {

    private static final ApiEvidence READ = new ApiEvidence("https://api.example/x", null, day("2026-11-27"));

    @Test
    void everyPlatformGivesItsHoldings() {
        Snapshot forge = CollectedLeversTest.owned("acme", AccountKind.ORGANIZATION);
        HubFacts hub = new HubFacts("globex/m", "globex", AccountKind.ORGANIZATION, Gating.MANUAL, null, null, null, null,
                null, READ, null);
        PackageFacts npm = new PackageFacts(Registry.NPM, "w", List.of("alice", "zed"), null, null, READ);
        DomainFacts domain = new DomainFacts("acme.example", "R", "ACME", null, null, READ);
        Snapshot s = forge.withPlatforms(new PlatformFacts(forge.platforms().forge(), hub, List.of(npm), domain));
        List<CollectedHolding> h = CollectedHoldings.of(s, Judge.CAST, s.date());
        assertEquals(List.of(Lever.BRAND, Lever.ADMINS, Lever.RELEASE_SIGNING, Lever.RELEASE_SIGNING, Lever.DOMAIN,
                Lever.INFRASTRUCTURE), h.stream().map(CollectedHolding::lever).toList());
        assertEquals("acme", h.get(1).actor());
        assertEquals(Phrase.of(HoldingText.ACCOUNT).text("account", "acme").part("kind",
                Phrase.of(HoldingText.ACCOUNT_KIND).term("kind", AccountKind.ORGANIZATION)), h.get(1).account());
        assertEquals("alice", h.get(2).actor(), "a login naming a known person");
        assertEquals(null, h.get(3).actor(), "no actor called zed: the account alone");
        assertEquals(Phrase.of(HoldingText.OWNS_WEIGHTS).part("gating", Phrase.of(HoldingText.GATING).text("gating",
                "manual")), h.get(5).observed());
        assertEquals("https://api.example/x", h.get(5).evidence().get(0).source());
    }

    @Test
    void anImagesOwningAccountIsMatchedByItsLoginThenItsDisplayName() {
        PackageFacts image = new PackageFacts(Registry.DOCKER, "globexinc/w", List.of("globexinc"), null, null, READ,
                new PackageFacts.OwnerAccount("globexinc", AccountKind.ORGANIZATION, "Globex", READ));
        PackageFacts unknown = new PackageFacts(Registry.GHCR, "nobody/w", List.of("nobody"), null, null, READ,
                new PackageFacts.OwnerAccount("nobody", AccountKind.USER, null, READ));
        Snapshot s = Samples.snapshot("p", "2026-11-27").build()
                .withPlatforms(new PlatformFacts(null, null, List.of(image, unknown), null));
        List<CollectedHolding> h = CollectedHoldings.of(s, Judge.CAST, s.date());
        assertEquals(List.of("globex", "-"), h.stream().map(c -> c.actor() == null ? "-" : c.actor()).toList());
        assertEquals(Phrase.of(HoldingText.SHIPS_IMAGE).text("registry", "docker").text("name", "globexinc/w"),
                h.get(0).observed());
        assertEquals(Phrase.of(CitationText.FROM_API).part("what", Phrase.of(CitationText.IMAGE_OWNER))
                .day("read", LocalDate.of(2026, 11, 27)), h.get(0).evidence().get(0).label());
    }

    @Test
    void noPlatformsNoHoldings() {
        assertEquals(List.of(), CollectedHoldings.of(Samples.snapshot("p", "2026-11-27").build(), Judge.CAST, null));
        assertEquals(List.of(), CollectedHoldings.of(null, Judge.CAST, null));
    }
}
