package org.levermap.model.assess;

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
            holdings.add(new CollectedHolding(Lever.ADMINS, actor(actors, date, f.owner(), name), f.owner() + kind(f.ownerKind()),
                    "owns the repository on " + f.kind().keyword() + ": can delete, rename or transfer it and choose its"
                            + " admins", List.of(cite("Repository owner", f.evidence().field("owner")))));
        }
        HubFacts h = p.hub();
        if (h != null && h.owner() != null) {
            holdings.add(new CollectedHolding(Lever.INFRASTRUCTURE, actor(actors, date, h.owner()), h.owner()
                    + kind(h.ownerKind()), "owns the weights on the hub and controls who may download them"
                    + (h.gating() == null ? "" : " (gating: " + h.gating().keyword() + ")"),
                    List.of(cite("Hub repository", h.evidence().field("author")))));
        }
        for (PackageFacts pkg : p.packages()) {
            // A container image's single owning account may be known by its display name (Acme Corp for acme).
            String ownerName = pkg.owner() == null ? null : pkg.owner().name();
            String what = pkg.registry().containers() ? " image " : " package ";
            for (String owner : pkg.owners()) {
                holdings.add(new CollectedHolding(Lever.RELEASE_SIGNING, actor(actors, date, owner, ownerName), owner,
                        "can ship a release of " + pkg.registry().keyword() + what + pkg.name(),
                        List.of(cite(pkg.registry().containers() ? "Image owner" : "Package owners", pkg.evidence()))));
            }
        }
        DomainFacts d = p.domain();
        if (d != null && d.registrant() != null) {
            String actor = actor(actors, date, d.registrant());
            List<Citation> evidence = List.of(cite("Domain registration", d.evidence()));
            holdings.add(new CollectedHolding(Lever.DOMAIN, actor, d.registrant(), "holds the domain " + d.domain(),
                    evidence));
            if (actor != null && actors.kind(actor) == ActorKind.COMPANY) {
                holdings.add(new CollectedHolding(Lever.BRAND, actor, d.registrant(), "a company alone holds the"
                        + " project's domain " + d.domain() + ", and with it the name's address", evidence));
            }
        }
        holdings.sort(java.util.Comparator.comparing(CollectedHolding::lever));
        return holdings;
    }

    private static String actor(ActorDirectory actors, LocalDate date, String... names) {
        return AccountMatch.actor(actors, names).map(id -> actors.group(id, date)).orElse(null);
    }

    private static String kind(AccountKind kind) {
        return kind == null ? "" : kind == AccountKind.USER ? " (user)" : " (organisation)";
    }

    private static Citation cite(String what, ApiEvidence e) {
        return new Citation(what + " (collected from the API on " + e.read() + ")", e.url(), null);
    }
}
