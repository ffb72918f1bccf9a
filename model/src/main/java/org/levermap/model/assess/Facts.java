package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.license.LicenseExpressions;
import org.levermap.model.license.OwnLicense;

/**
 * What the rules see of one project on one day: the curated facts that hold on that day, with their
 * holders resolved to top-level groups, and the snapshot's observations. Built once per assessment.
 */
final class Facts {

    /** An organisation share above this makes one organisation the majority of commits. */
    static final double MAJORITY = Concentrations.MAJORITY;

    final Project project;
    /** Null when the project has no snapshot yet: the curated levers alone are judged. */
    final Snapshot snapshot;
    /** Null for "today": the facts without an end date. */
    final LocalDate date;
    final ActorDirectory actors;
    private final Map<Lever, List<CuratedFact>> current = new EnumMap<>(Lever.class);
    private final Map<Lever, SortedSet<String>> holders = new EnumMap<>(Lever.class);
    /** The actors the day's curated facts and the repository's address name, before resolving groups. */
    private final Set<String> named = new TreeSet<>();
    /** The account owning the repository: as its forge's API named it, else as written in its address. */
    private final Optional<String> repositoryAccount;
    /** The top-level group of the actor owning the repository. */
    private final Optional<String> repositoryOwner;
    /** The levers whose holders were collected from the platforms, none curated. */
    private final Set<Lever> collectedLevers;
    /** For a fork, the groups holding its upstream: they hold no right over the fork's license. */
    private final Set<String> upstreamOwners;

    Facts(Project project, Snapshot snapshot, LocalDate date, ActorDirectory actors) {
        this(project, snapshot, date, actors, null);
    }

    /** @param upstream the project {@code project} was forked from, null when it is no fork or unknown */
    Facts(Project project, Snapshot snapshot, LocalDate date, ActorDirectory actors, Project upstream) {
        this.project = project;
        this.snapshot = snapshot;
        this.date = date;
        this.actors = actors;
        for (Lever lever : Lever.values()) {
            List<CuratedFact> facts = new ArrayList<>();
            SortedSet<String> groups = new TreeSet<>();
            for (CuratedFact fact : lever.facts(project.levers())) {
                if (holdsOn(fact, date)) {
                    facts.add(fact);
                    if (fact.holder() != null) {
                        named.add(fact.holder());
                        groups.add(actors.group(fact.holder(), date));
                    }
                }
            }
            current.put(lever, Collections.unmodifiableList(facts));
            // Every assessment keeps its holders, and most levers have none on most days.
            holders.put(lever, groups.isEmpty() ? Collections.emptySortedSet()
                    : Collections.unmodifiableSortedSet(groups));
        }
        this.collectedLevers = collectedHolders(snapshot, date, actors);
        this.repositoryAccount = collectedOwner(snapshot).or(() -> RepositoryOwner.account(project.repository()));
        Optional<String> ownerActor = repositoryAccount.flatMap(a -> RepositoryOwner.actor(a, actors));
        ownerActor.ifPresent(named::add);
        this.repositoryOwner = ownerActor.map(a -> actors.group(a, date));
        this.upstreamOwners = upstream == null ? Set.of() : upstreamOwners(upstream, date, actors);
    }

    /**
     * Issue 12: a lever no curated fact documents on the day is held by the known actors the platforms
     * name (registry owners sign releases, a domain's registrant holds it and, a company, the brand; the
     * hub owner the weights' hosting). A curated lever corrects a collected one, so it is never mixed in.
     * The forge owner is left out: it counts already as the repository's owner.
     */
    private Set<Lever> collectedHolders(Snapshot snapshot, LocalDate date, ActorDirectory actors) {
        Map<Lever, SortedSet<String>> collected = new EnumMap<>(Lever.class);
        for (CollectedHolding c : CollectedHoldings.of(snapshot, actors, date)) {
            if (c.actor() != null && c.lever() != Lever.ADMINS && current.get(c.lever()).isEmpty()) {
                collected.computeIfAbsent(c.lever(), l -> new TreeSet<>()).add(c.actor());
            }
        }
        collected.forEach((lever, groups) -> holders.put(lever, Collections.unmodifiableSortedSet(groups)));
        return Set.copyOf(collected.keySet());
    }

    /** Whether the lever's holders on the day come from the platforms' APIs rather than curated facts. */
    boolean collected(Lever lever) {
        return collectedLevers.contains(lever);
    }

    /**
     * The owner the forge's API named on the snapshot's day: it wins over the address, which a transfer
     * leaves behind (the forge redirects the old address to the new owner).
     */
    private static Optional<String> collectedOwner(Snapshot snapshot) {
        if (snapshot == null || snapshot.platforms() == null || snapshot.platforms().forge() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.platforms().forge().owner()).filter(o -> !o.isBlank());
    }

    /** Who holds the upstream: its repository's owner and the holders of its entity, name and license. */
    private static Set<String> upstreamOwners(Project upstream, LocalDate date, ActorDirectory actors) {
        Facts of = new Facts(upstream, null, date, actors);
        Set<String> owners = new TreeSet<>();
        of.repositoryOwner().ifPresent(owners::add);
        for (Lever lever : List.of(Lever.LEGAL_ENTITY, Lever.BRAND, Lever.LICENSE_CHANGE)) {
            owners.addAll(of.holders(lever));
        }
        return Set.copyOf(owners);
    }

    /**
     * The account owning the repository ({@code hashicorp}): the collected forge owner when there is one,
     * else the one written in its address on a known forge.
     */
    Optional<String> repositoryAccount() {
        return repositoryAccount;
    }

    /** The group owning the repository on the day, when its account is a known actor. */
    Optional<String> repositoryOwner() {
        return repositoryOwner;
    }

    /** Whether the project's own facts name {@code actor} itself, not only through a subsidiary. */
    boolean namesDirectly(String actor) {
        return named.contains(actor);
    }

    /** Whether {@code group} holds the upstream this project was forked from. */
    boolean isUpstreamOwner(String group) {
        return upstreamOwners.contains(group);
    }

    /**
     * The family of the project's own license ({@link OwnLicense}: without what a REUSE folder adds for
     * single files), judged now; unknown without a license.
     */
    LicenseFamily licenseFamily() {
        LicenseFacts l = license();
        if (l == null) {
            return LicenseFamily.UNKNOWN;
        }
        LicenseFamily judged = LicenseExpressions.family(OwnLicense.of(l));
        return judged == LicenseFamily.UNKNOWN && l.family() != null ? l.family() : judged;
    }

    /** CODEOWNERS teams of the account owning the repository ({@code @hashicorp/terraform-core}). */
    List<ContributionFacts.Maintainer> ownerTeams() {
        ContributionFacts c = contribution();
        if (c == null || repositoryAccount.isEmpty()) {
            return List.of();
        }
        String prefix = "@" + repositoryAccount.get().toLowerCase(java.util.Locale.ROOT) + "/";
        return c.maintainers().stream().filter(m -> m != null
                && m.name().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)).toList();
    }

    /** CODEOWNERS teams of any account ({@code @org/team}). */
    List<ContributionFacts.Maintainer> teams() {
        ContributionFacts c = contribution();
        return c == null ? List.of() : c.maintainers().stream()
                .filter(ContributionFacts.Maintainer::isTeam).toList();
    }

    /** Whether a curated fact holds on {@code date}; with no date, whether it still holds. */
    static boolean holdsOn(CuratedFact fact, LocalDate date) {
        if (date == null) {
            return fact.until() == null;
        }
        return (fact.since() == null || !fact.since().isAfter(date))
                && (fact.until() == null || !fact.until().isBefore(date));
    }

    /** The curated facts of a lever that hold on the day. */
    List<CuratedFact> facts(Lever lever) {
        return current.get(lever);
    }

    /** The groups holding a lever on the day, in id order. */
    SortedSet<String> holders(Lever lever) {
        return holders.get(lever);
    }

    /** Whether the lever is documented at all on the day (by a holder or a value). */
    boolean documented(Lever lever) {
        return !current.get(lever).isEmpty();
    }

    /** The one group holding a lever, when the lever's every fact names a holder and they are all that group. */
    Optional<String> soleHolder(Lever lever) {
        List<CuratedFact> facts = current.get(lever);
        SortedSet<String> groups = holders.get(lever);
        boolean everyFactNamesAHolder = facts.stream().allMatch(f -> f.holder() != null);
        return !facts.isEmpty() && everyFactNamesAHolder && groups.size() == 1
                ? Optional.of(groups.first()) : Optional.empty();
    }

    /** The group's kind, the kind of the named actor when the group is not known. */
    ActorKind kindOf(String group) {
        return actors.kind(group);
    }

    boolean isOrganisation(String group) {
        ActorKind kind = kindOf(group);
        return kind != null && kind != ActorKind.PERSON && kind != ActorKind.BOT;
    }

    ContributionFacts contribution() {
        return snapshot == null ? null : snapshot.contribution();
    }

    LicenseFacts license() {
        return snapshot == null ? null : snapshot.license();
    }

    Concentration concentration() {
        ContributionFacts c = contribution();
        return c == null ? null : c.concentration();
    }

    /** Whether the repository holds a document of this kind. */
    boolean hasDocument(DocumentKind kind) {
        ContributionFacts c = contribution();
        return c != null && c.documents().stream().anyMatch(d -> d != null && d.kind() == kind);
    }

    /** Whether contributors must sign a CLA, as observed. */
    boolean claRequired() {
        ContributionFacts c = contribution();
        return c != null && c.terms() != null && Boolean.TRUE.equals(c.terms().cla());
    }

    /** The largest organisation by commits, leaving out the pseudo-organisation of individuals. */
    Optional<Concentration.Organisation> topOrganisation() {
        return Concentrations.topOrganisation(concentration());
    }
}
