package org.levermap.model.assess;

import org.levermap.model.phrase.Phrase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levermap.model.AccountKind;
import org.levermap.model.ActorKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Snapshot;

/**
 * Turns a snapshot's platform observations into {@link CollectedHolding}s: the forge owner holds the
 * admin rights, the hub owner controls access to the weights (infrastructure, with its gating), the
 * accounts that can publish a package name or a container image can ship a release under it, and a domain's registrant
 * holds the domain; a domain registered to one company is a brand lever too.
 */
public final class CollectedHoldings {

    private CollectedHoldings() {
    }

    /** The holdings a snapshot's platforms show, in lever order; none without platforms. */
    public static List<CollectedHolding> of(Snapshot snapshot, ActorDirectory actors, LocalDate date) {
        PlatformFacts p = snapshot == null ? null : snapshot.platforms();
        List<CollectedHolding> holdings = new ArrayList<>();
        if (p == null) {
            return holdings;
        }
        ForgeFacts f = p.forge();
        if (f != null && f.owner() != null) {
            String name = f.organisation() == null ? null : f.organisation().name();
            holdings.add(new CollectedHolding(Lever.ADMINS, actor(actors, date, f.owner(), name),
                    account(f.owner(), f.ownerKind()),
                    Phrase.of(HoldingText.OWNS_REPOSITORY).text("forge", f.kind().keyword()),
                    List.of(cite(CitationText.REPOSITORY_OWNER, f.evidence().field("owner")))));
        }
        HubFacts h = p.hub();
        if (h != null && h.owner() != null) {
            holdings.add(new CollectedHolding(Lever.INFRASTRUCTURE, actor(actors, date, h.owner()),
                    account(h.owner(), h.ownerKind()),
                    Phrase.of(HoldingText.OWNS_WEIGHTS).part("gating", h.gating() == null ? null
                            : Phrase.of(HoldingText.GATING).text("gating", h.gating().keyword())),
                    List.of(cite(CitationText.HUB_REPOSITORY, h.evidence().field("author")))));
        }
        for (PackageFacts pkg : p.packages()) {
            // A container image's single owning account may be known by its display name (Acme Corp for acme).
            String ownerName = pkg.owner() == null ? null : pkg.owner().name();
            for (String owner : pkg.owners()) {
                holdings.add(new CollectedHolding(Lever.RELEASE_SIGNING, actor(actors, date, owner, ownerName),
                        account(owner, null),
                        Phrase.of(pkg.registry().containers() ? HoldingText.SHIPS_IMAGE : HoldingText.SHIPS_PACKAGE)
                                .text("registry", pkg.registry().keyword()).text("name", pkg.name()),
                        List.of(cite(pkg.registry().containers() ? CitationText.IMAGE_OWNER : CitationText.PACKAGE_OWNERS,
                                pkg.evidence()))));
            }
        }
        DomainFacts d = p.domain();
        if (d != null && d.registrant() != null) {
            String actor = actor(actors, date, d.registrant());
            List<Citation> evidence = List.of(cite(CitationText.DOMAIN_REGISTRATION, d.evidence()));
            holdings.add(new CollectedHolding(Lever.DOMAIN, actor, account(d.registrant(), null),
                    Phrase.of(HoldingText.HOLDS_DOMAIN).text("domain", d.domain()), evidence));
            if (actor != null && actors.kind(actor) == ActorKind.COMPANY) {
                holdings.add(new CollectedHolding(Lever.BRAND, actor, account(d.registrant(), null),
                        Phrase.of(HoldingText.HOLDS_BRAND_BY_DOMAIN).text("domain", d.domain()), evidence));
            }
        }
        holdings.sort(java.util.Comparator.comparing(CollectedHolding::lever));
        return holdings;
    }

    private static String actor(ActorDirectory actors, LocalDate date, String... names) {
        return AccountMatch.actor(actors, names).map(id -> actors.group(id, date)).orElse(null);
    }

    /** The account as the platform names it, with its kind ("acme (organisation)") when known. */
    private static Phrase account(String name, AccountKind kind) {
        return Phrase.of(HoldingText.ACCOUNT).text("account", name)
                .part("kind", kind == null ? null : Phrase.of(HoldingText.ACCOUNT_KIND).term("kind", kind));
    }

    private static Citation cite(CitationText what, ApiEvidence e) {
        return new Citation(Phrase.of(CitationText.FROM_API).part("what", Phrase.of(what)).day("read", e.read()), e.url(),
                null);
    }
}
