package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;
import org.levermap.model.Gating;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Registry;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Samples;

class PlatformRuleTest {

    private static ApiEvidence read(String date) {
        return new ApiEvidence("https://api.example/x", null, day(date));
    }

    private static Snapshot seen(String date, String owner, List<String> members, Gating gating, List<String> npmOwners,
            String registrant) {
        ForgeFacts.ForgeOrganisation org = new ForgeFacts.ForgeOrganisation(owner, null, null, null, null, null, members,
                read(date), read(date));
        ForgeFacts forge = new ForgeFacts(ForgeKind.GITHUB, owner + "/widget", owner, AccountKind.ORGANIZATION, false,
                null, "main", null, org, null, read(date), null);
        HubFacts hub = new HubFacts(owner + "/widget-7b", owner, AccountKind.ORGANIZATION, gating, null, null, null,
                null, null, read(date), null);
        PackageFacts npm = new PackageFacts(Registry.NPM, "widget", npmOwners, null, null, read(date));
        DomainFacts domain = new DomainFacts("acme.example", null, registrant, null, null, read(date));
        return Samples.snapshot("p", date).build().withPlatforms(new PlatformFacts(forge, hub, List.of(npm), domain));
    }

    private static List<Change> changes(Snapshot before, Snapshot after) {
        return new PlatformRule().changes(Steps.of(project("p"), before, after));
    }

    @Test
    void aTransferOfTheRepositoryIsNotable() {
        List<Change> c = changes(seen("2026-10-31", "acme", List.of("a"), Gating.NONE, List.of("a"), "Acme"),
                seen("2026-11-30", "globex", List.of("a"), Gating.NONE, List.of("a"), "Acme"));
        Change owner = c.get(0);
        assertEquals(ChangeKind.PLATFORM_OWNER, owner.kind());
        assertEquals(Severity.NOTABLE, owner.severity());
        assertEquals(new Arg.Text("acme"), owner.from());
        assertEquals(new Arg.Text("globex"), owner.to());
        assertEquals(Phrase.of(ChangeText.REPOSITORY_OWNER_CHANGED).part("subject", Phrase.of(ChangeText.SUBJECT_REPOSITORY)).text("to", "globex"),
                owner.summary());
        assertEquals("https://api.example/x", owner.evidence().get(0).source());
        assertEquals(ChangeKind.PLATFORM_OWNER, c.get(1).kind(), "the hub owner moved too");
    }

    @Test
    void membersPublishersGatingAndRegistrant() {
        List<Change> c = changes(seen("2026-10-31", "acme", List.of("a", "b"), Gating.NONE, List.of("a"), "Acme"),
                seen("2026-11-30", "acme", List.of("a", "c"), Gating.MANUAL, List.of("a", "m"), "Globex"));
        assertEquals(List.of(member(ChangeText.MEMBER_JOINED, "c", named(ChangeText.SUBJECT_ORGANISATION, "acme")),
                member(ChangeText.MEMBER_LEFT, "b", named(ChangeText.SUBJECT_ORGANISATION, "acme")),
                Phrase.of(ChangeText.GATING_CHANGED).part("subject", Phrase.of(ChangeText.SUBJECT_HUB_REPOSITORY)).text("to", "manual"),
                member(ChangeText.MEMBER_JOINED, "m", Phrase.of(ChangeText.SUBJECT_PACKAGE_OWNERS)
                        .text("registry", "npm").text("name", "widget")),
                Phrase.of(ChangeText.DOMAIN_HOLDER_CHANGED).part("subject", Phrase.of(ChangeText.SUBJECT_DOMAIN)
                        .text("domain", "acme.example")).text("to", "Globex")),
                c.stream().map(Change::summary).toList());
        assertEquals(Severity.NOTABLE, c.get(3).severity(), "one more account can ship a release");
        assertEquals(Severity.INFO, c.get(0).severity());
    }

    @Test
    void anImageChangingOwnerIsNamedAnImage() {
        Snapshot before = Samples.snapshot("p", "2026-10-31").build().withPlatforms(new PlatformFacts(null, null,
                List.of(new PackageFacts(Registry.DOCKER, "acme/widget", List.of("acme"), null, null, read("2026-10-31"))),
                null));
        Snapshot after = Samples.snapshot("p", "2026-11-30").build().withPlatforms(new PlatformFacts(null, null,
                List.of(new PackageFacts(Registry.DOCKER, "acme/widget", List.of("acme", "zed"), null, null,
                        read("2026-11-30"))), null));
        assertEquals(List.of(member(ChangeText.MEMBER_JOINED, "zed", Phrase.of(ChangeText.SUBJECT_IMAGE_OWNERS)
                .text("registry", "docker").text("name", "acme/widget"))),
                changes(before, after).stream().map(Change::summary).toList());
    }

    private static Snapshot withTeam(Snapshot s, boolean readable, String... members) {
        ForgeFacts f = s.platforms().forge();
        ForgeRules rules = new ForgeRules(null, null, null, null, null, List.of(new ForgeRules.Team("@acme/core",
                readable, List.of(members), read(s.date().toString()))));
        return s.withPlatforms(new PlatformFacts(new ForgeFacts(f.kind(), f.repository(), f.owner(), f.ownerKind(),
                f.archived(), f.forkOf(), f.defaultBranch(), f.branchProtected(), f.organisation(), f.releases(),
                f.evidence(), rules), null, null, null));
    }

    @Test
    void aCodeOwnerTeamsMembersAreComparedWhenBothReadingsSawThem() {
        Snapshot before = seen("2026-10-31", "acme", List.of("a"), Gating.NONE, List.of(), "A");
        Snapshot after = seen("2026-11-30", "acme", List.of("a"), Gating.NONE, List.of(), "A");
        assertEquals(List.of(member(ChangeText.MEMBER_JOINED, "c", named(ChangeText.SUBJECT_TEAM, "@acme/core"))), changes(withTeam(before, true, "a"),
                withTeam(after, true, "a", "c")).stream().map(Change::summary).toList());
        assertEquals(List.of(), changes(withTeam(before, false), withTeam(after, true, "a", "c")),
                "an unreadable team is no empty team");
    }

    @Test
    void aSnapshotWithoutPlatformsIsNotCompared() {
        Snapshot plain = Samples.snapshot("p", "2026-10-31").build();
        assertEquals(List.of(), changes(plain, seen("2026-11-30", "acme", List.of("a"), Gating.NONE, List.of(), "A")));
        Snapshot same = seen("2026-10-31", "acme", List.of("a"), Gating.NONE, List.of("a"), "A");
        assertEquals(List.of(), changes(same, seen("2026-11-30", "acme", List.of("a"), Gating.NONE, List.of("a"), "A")));
    }

    private static Phrase member(ChangeText text, String member, Phrase subject) {
        return Phrase.of(text).text("member", member).part("subject", subject);
    }

    private static Phrase named(ChangeText subject, String name) {
        return Phrase.of(subject).text("name", name);
    }
}
