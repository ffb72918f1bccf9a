package org.levermap.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.collect.testing.TestRepo.WEB_FLOW;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;
import org.levermap.collect.testing.LicenseTexts;
import org.levermap.collect.testing.TestRepo;
import org.levermap.collect.testing.TestRepo.Person;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.DocumentKind;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFamily;
import org.levermap.model.ResourceFacts;
import org.levermap.model.Snapshot;

/** The collector end to end, on repositories built for each case. */
class GitCollectorTest {

    static final Person ALICE = new Person("Alice Doe", "alice@example.org");
    static final Person BOB = new Person("Bob Roe", "bob@gmail.com");
    static final Person CAROL = new Person("Carol Poe", "carol@acme.com");

    @TempDir
    Path tmp;

    private GitCollector collector() {
        return new GitCollector(tmp.resolve("cache"), true, Progress.NONE, Catalog.shared());
    }

    private CollectResult collect(Path repo, List<Actor> actors, String... dates) throws CollectException {
        return collector().collect(new CollectRequest("p", repo.toString(), null,
                Stream.of(dates).map(LocalDate::parse).toList(), actors, "levermap test", tmp));
    }

    @Test
    void aLicenseChangeMergedIntoTheBranchIsDatedByTheMergeAndCitesTheCommitThatMadeIt() throws Exception {
        Path dir = tmp.resolve("r.git");
        ObjectId change;
        ObjectId merge;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", LicenseTexts.spdx("MPL-2.0")).commit("Add license", at("2020-01-10"), ALICE);
            main.write("README.md", "# p\n").commit("Readme", at("2020-02-01"), ALICE);
            TestRepo.Branch relicense = main.fork("relicense");
            change = relicense.write("LICENSE", LicenseTexts.spdx("BUSL-1.1")).commit("Update license to BUSL", at("2023-08-08"), BOB);
            main.write("main.go", "package main\n").commit("Work", at("2023-08-09"), ALICE);
            merge = main.merge(relicense, "Merge pull request #1 from p/relicense", at("2023-08-10"), CAROL, WEB_FLOW);
        }

        CollectResult result = collect(dir, List.of(), "2023-08-09", "2023-08-31");

        Snapshot before = result.snapshots().get(0);
        assertEquals("MPL-2.0", before.license().spdx());
        assertEquals(LicenseFamily.WEAK_COPYLEFT, before.license().family());
        assertEquals(1, before.license().history().size());
        Snapshot after = result.snapshots().get(1);
        assertEquals("BUSL-1.1", after.license().spdx());
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, after.license().family());
        assertEquals(merge.name(), after.provenance().commit());
        List<LicenseChange> history = after.license().history();
        assertEquals(2, history.size());
        assertEquals(new LicenseChange(LocalDate.parse("2020-01-10"), LicenseChange.Kind.CHANGE, "none", "MPL-2.0",
                new Evidence(history.get(0).evidence().commit(), "LICENSE", null), null,
                java.time.OffsetDateTime.parse("2020-01-10T12:00Z")), history.get(0));
        assertEquals(new LicenseChange(LocalDate.parse("2023-08-10"), LicenseChange.Kind.CHANGE, "MPL-2.0", "BUSL-1.1",
                new Evidence(change.name(), "LICENSE", null), merge.name(),
                java.time.OffsetDateTime.parse("2023-08-10T12:00Z")), history.get(1));
        // The merge was made on GitHub: the committer is web-flow, the author merged it.
        assertEquals(List.of(new ContributionFacts.Merger("carol@acme.com", "Carol Poe", 1)), after.contribution().mergers());
    }

    @Test
    void copyingReplacedByLicenseTxtWithADualTextIsOneChangeAndCopyrightEditsAreTextEdits() throws Exception {
        Path dir = tmp.resolve("r.git");
        String bsd = LicenseTexts.spdx("BSD-3-Clause").replaceFirst("(?m)^Copyright .*$", "");
        ObjectId relicensed;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("COPYING", "Copyright (c) 2006-2010, Salvatore Sanfilippo\nAll rights reserved.\n" + bsd)
                    .commit("first commit", at("2009-03-22"), ALICE);
            main.write("COPYING", "Copyright (c) 2006-2012, Salvatore Sanfilippo\nAll rights reserved.\n" + bsd)
                    .commit("Copyright date fixed in COPYING file.", at("2012-11-08"), ALICE);
            relicensed = main.delete("COPYING").write("LICENSE.txt", LicenseTexts.redisDual())
                    .commit("Change license from BSD-3 to dual RSALv2+SSPLv1", at("2024-03-20"), BOB);
        }

        CollectResult result = collect(dir, List.of(), "2013-01-01", "2024-03-31");

        Snapshot old = result.snapshots().get(0);
        assertEquals("BSD-3-Clause", old.license().spdx());
        assertEquals("Salvatore Sanfilippo", old.license().copyrightHolders().get(0).name());
        assertEquals(new Evidence(old.provenance().commit(), "COPYING", 1), old.license().copyrightHolders().get(0).evidence());
        Snapshot now = result.snapshots().get(1);
        assertEquals("LicenseRef-scancode-rsalv2 OR SSPL-1.0", now.license().spdx());
        assertEquals(LicenseFamily.SOURCE_AVAILABLE, now.license().family());
        assertEquals("LICENSE.txt", now.license().files().get(0).evidence().path());
        assertTrue(now.license().confidence() >= 0.95, "confidence " + now.license().confidence());
        List<LicenseChange> history = now.license().history();
        assertEquals(List.of(LicenseChange.Kind.CHANGE, LicenseChange.Kind.TEXT_EDIT, LicenseChange.Kind.CHANGE),
                history.stream().map(LicenseChange::kind).toList());
        assertEquals("BSD-3-Clause", history.get(1).to());
        LicenseChange change = history.get(2);
        assertEquals("BSD-3-Clause", change.from());
        assertEquals("LicenseRef-scancode-rsalv2 OR SSPL-1.0", change.to());
        assertEquals(new Evidence(relicensed.name(), "LICENSE.txt", null), change.evidence());
        assertNull(change.via());
    }

    @Test
    void aMergedInSubtreeWithItsOwnLicenseIsNotTheProjectsLicense() throws Exception {
        Path dir = tmp.resolve("r.git");
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("init", at("2021-01-01"), ALICE);
            TestRepo.Branch vendor = repo.branch("vendor");
            vendor.write("LICENSE", LicenseTexts.spdx("GPL-3.0-only")).write("lib.c", "int f;\n")
                    .commit("vendored library", at("2019-05-05"), BOB);
            main.mergeSubtree(vendor, "third_party/lib", "Add 'third_party/lib/' from commit x", at("2021-02-01"), ALICE);
        }

        Snapshot s = collect(dir, List.of(), "2021-03-01").snapshots().get(0);

        assertEquals("MIT", s.license().spdx());
        assertEquals(1, s.license().files().size());
        assertEquals(1, s.license().history().size());
    }

    @Test
    void licenseFilesAForeignHistoryBringsIntoTheRootAreNotTheProjects() throws Exception {
        Path dir = tmp.resolve("r.git");
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("init", at("2021-01-01"), ALICE);
            TestRepo.Branch other = repo.branch("other");
            other.write("LICENSE-APACHE", LicenseTexts.spdx("Apache-2.0")).commit("other project", at("2020-01-01"), BOB);
            main.merge(other, "Merge unrelated history of other", at("2021-02-01"), ALICE, ALICE);
        }

        Snapshot s = collect(dir, List.of(), "2021-03-01").snapshots().get(0);

        assertEquals("MIT", s.license().spdx());
        assertEquals(List.of("LICENSE"), s.license().files().stream().map(f -> f.evidence().path()).toList());
    }

    @Test
    void mailmapBotsAndSignedOffByShapeTheContributorFigures() throws Exception {
        Path dir = tmp.resolve("r.git");
        Person aliceOld = new Person("alice", "Alice@Old-Host.example");
        Person dependabot = new Person("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");
        Person renovate = new Person("Renovate Bot", "bot@renovateapp.com");
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write(".mailmap", "Alice Doe <alice@example.org> <alice@old-host.example>\n")
                    .commit("mailmap", at("2023-01-02"), ALICE);
            for (int i = 0; i < 3; i++) {
                main.write("a" + i, "x").commit("alice " + i, at("2023-02-0" + (i + 1)), aliceOld);
            }
            main.write("b", "x").commit("Fix\n\nSigned-off-by: Bob Roe <bob@gmail.com>\n", at("2023-03-01"), BOB);
            main.write("c", "x").commit("Docs\n\nSome text.\nSigned-off-by: Bob Roe <bob@gmail.com>\n", at("2023-03-02"), BOB);
            main.write("d", "x").commit("Bump x from 1 to 2", at("2023-03-03"), dependabot);
            main.write("e", "x").commit("Update y", at("2023-03-04"), renovate);
            main.write("f", "x").commit("Before the window", at("2021-01-01"), CAROL);
        }
        Actor example = new Actor("example", "Example Inc.", ActorKind.COMPANY, List.of(), List.of("example.org"), List.of(),
                null, null);

        Snapshot s = collect(dir, List.of(example), "2023-06-30").snapshots().get(0);

        Concentration c = s.contribution().concentration();
        assertEquals(LocalDate.parse("2022-07-01"), c.from());
        assertEquals(6, c.commits(), "alice's 4 and bob's 2");
        assertEquals(2, c.authors());
        assertEquals(2, c.botCommits());
        assertEquals(2, c.botAuthors());
        assertEquals(new Concentration.Identity("alice@example.org", "Alice Doe", 4, null), c.identities().get(0));
        assertEquals(new Concentration.Identity("bob@gmail.com", "Bob Roe", 2, null), c.identities().get(1));
        assertEquals(2, c.identities().stream().filter(Concentration.Identity::automated).count(), "bots are listed, marked");
        assertEquals(1, c.busFactor());
        // Organisations are judged when the site is built, not stored.
        assertEquals(List.of(), c.organisations());
        assertEquals(List.of(), c.topAuthors());
        assertEquals(null, c.elephantFactor());
        // DCO: 2 of the 9 non-merge commits (bots included) have a Signed-off-by trailer.
        assertEquals(9, s.contribution().terms().dcoSampled());
        assertEquals(0.2222, s.contribution().terms().dcoShare());
        assertFalse(s.contribution().terms().cla());
    }

    @Test
    void codeownersFundingDocumentsAndSignedTagsAreCollectedWithTheirLines() throws Exception {
        Path dir = tmp.resolve("r.git");
        ObjectId last;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            main.write(".github/CODEOWNERS", "# owners\n*       @acme/core\n/docs/  @alice docs@acme.com\n\n/api/ @acme/core\n")
                    .write(".github/FUNDING.yml", "github: [alice, bob]\nopen_collective: acme\nunknown_key: x\n"
                            + "custom: [\"https://acme.com/donate\"]\n")
                    .write("docs/contributing.md", "# Contributing\n\nYou must sign our Contributor License Agreement.\n")
                    .write("SECURITY.md", "Report to security@acme.com\n")
                    .write("CITATION.cff", "cff-version: 1.2.0\n");
            ObjectId first = main.signedCommit("init", at("2023-01-01"), ALICE);
            last = main.write("x", "y").commit("more", at("2023-02-01"), ALICE);
            repo.tag("v1.0", first, ALICE, at("2023-01-02"), true);
            repo.tag("v1.1", last, ALICE, at("2023-02-02"), false);
            repo.lightweightTag("v0.9", first);
            repo.tag("v2.0", last, ALICE, at("2024-01-01"), true);
        }

        Snapshot s = collect(dir, List.of(), "2023-06-30").snapshots().get(0);

        String c = last.name();
        assertEquals(List.of(DocumentKind.CONTRIBUTING, DocumentKind.SECURITY, DocumentKind.CODEOWNERS, DocumentKind.FUNDING,
                DocumentKind.CITATION), s.contribution().documents().stream().map(ContributionFacts.Document::kind).toList());
        assertEquals(new Evidence(c, "docs/contributing.md", null), s.contribution().documents().get(0).evidence());
        assertEquals(3, s.contribution().codeownerPatterns());
        assertEquals(List.of(
                new ContributionFacts.Maintainer("@acme/core", null, null, "codeowner-team", new Evidence(c, ".github/CODEOWNERS", 2)),
                new ContributionFacts.Maintainer("@alice", null, null, "codeowner", new Evidence(c, ".github/CODEOWNERS", 3)),
                new ContributionFacts.Maintainer("docs@acme.com", "docs@acme.com", null, "codeowner",
                        new Evidence(c, ".github/CODEOWNERS", 3))), s.contribution().maintainers());
        assertEquals(List.of(
                new ResourceFacts.FundingLink("github", "alice", new Evidence(c, ".github/FUNDING.yml", 1)),
                new ResourceFacts.FundingLink("github", "bob", new Evidence(c, ".github/FUNDING.yml", 1)),
                new ResourceFacts.FundingLink("open_collective", "acme", new Evidence(c, ".github/FUNDING.yml", 2)),
                new ResourceFacts.FundingLink("custom", "https://acme.com/donate", new Evidence(c, ".github/FUNDING.yml", 4))),
                s.resources().funding());
        assertTrue(s.contribution().terms().cla());
        assertEquals(List.of(new Evidence(c, "docs/contributing.md", 3)), s.contribution().terms().claEvidence());
        assertEquals(3, s.stewardship().tags(), "v2.0 is after the snapshot date");
        assertEquals(1, s.stewardship().signedTags());
        assertEquals("v1.1", s.stewardship().latestTag());
        assertEquals(LocalDate.parse("2023-02-02"), s.stewardship().latestTagDate());
        assertEquals(0.5, s.stewardship().signedCommitShare());
    }

    @Test
    void aShallowCloneIsSaidToBeIncompleteAndDatesBeforeItAreSkipped() throws Exception {
        Path origin = tmp.resolve("origin.git");
        try (TestRepo repo = TestRepo.init(origin)) {
            TestRepo.Branch main = repo.branch("main");
            for (int i = 1; i <= 5; i++) {
                main.write("f", "v" + i).commit("c" + i, at("2022-0" + i + "-15"), ALICE);
            }
        }
        Path shallow = tmp.resolve("shallow.git");
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setBare(true).setDepth(2)
                .setDirectory(shallow.toFile()).call()) {
            assertTrue(Files.exists(shallow.resolve("shallow")), "JGit wrote a shallow clone");
        }

        CollectResult result = collect(shallow, List.of(), "2022-02-28", "2022-06-30");

        assertEquals(1, result.snapshots().size());
        Snapshot s = result.snapshots().get(0);
        assertTrue(s.provenance().shallow());
        assertTrue(s.provenance().warnings().get(0).startsWith("history is incomplete:"), s.provenance().warnings().toString());
        assertEquals(s.provenance().warnings(), result.warnings().subList(0, 1));
        assertTrue(result.warnings().get(1).startsWith("2022-06-30 is after the newest commit of main (2022-05-15)"),
                result.warnings().toString());
        assertEquals(2, s.contribution().concentration().commits());
        assertEquals(LocalDate.parse("2022-02-28"), result.skipped().get(0).date());
        assertTrue(result.skipped().get(0).reason().contains("shallow clone"), result.skipped().get(0).reason());
    }

    @Test
    void anEmptyRepositoryIsAClearError() throws Exception {
        Path dir = tmp.resolve("empty.git");
        TestRepo.init(dir).close();

        CollectException e = assertThrows(CollectException.class, () -> collect(dir, List.of(), "2024-01-01"));

        assertEquals(dir + ": the repository is empty (it has no commits yet)", e.getMessage());
    }

    @Test
    void aFolderThatIsNoRepositoryAndAMissingOneAreClearErrors() throws Exception {
        Files.createDirectories(tmp.resolve("plain"));

        CollectException notGit = assertThrows(CollectException.class,
                () -> collect(tmp.resolve("plain"), List.of(), "2024-01-01"));
        CollectException missing = assertThrows(CollectException.class,
                () -> collect(tmp.resolve("nowhere"), List.of(), "2024-01-01"));

        assertTrue(notGit.getMessage().endsWith(": not a git repository (no .git folder, and not a bare repository)"),
                notGit.getMessage());
        assertTrue(missing.getMessage().contains("no such folder"), missing.getMessage());
    }

    @Test
    void aRemoteIsClonedIntoTheCacheThenFetchedAndAnUnreachableOneLeavesNothingBehind() throws Exception {
        Path origin = tmp.resolve("origin.git");
        String url = origin.toUri().toString();
        TestRepo repo = TestRepo.init(origin);
        TestRepo.Branch main = repo.branch("main");
        main.write("LICENSE", LicenseTexts.spdx("MIT")).commit("init", at("2022-01-01"), ALICE);
        GitCollector collector = collector();
        CollectRequest request = new CollectRequest("p", url, null, List.of(LocalDate.parse("2024-01-01")), List.of(),
                "t", tmp);

        Snapshot first = collector.collect(request).snapshots().get(0);
        ObjectId second = main.write("x", "y").commit("second", at("2023-01-01"), BOB);
        repo.close();
        Snapshot again = collector.collect(request).snapshots().get(0);

        assertEquals(main.tip().name(), again.provenance().commit());
        assertTrue(!first.provenance().commit().equals(again.provenance().commit()));
        assertEquals(second.name(), again.provenance().commit());
        assertEquals(url, again.provenance().repository());
        try (Stream<Path> clones = Files.walk(tmp.resolve("cache"))) {
            assertEquals(1, clones.filter(p -> p.getFileName().toString().endsWith(".git")).count());
        }

        CollectRequest unreachable = new CollectRequest("p", tmp.resolve("gone.git").toUri().toString(), null,
                List.of(LocalDate.parse("2024-01-01")), List.of(), "t", tmp);
        CollectException e = assertThrows(CollectException.class, () -> collector.collect(unreachable));
        assertTrue(e.getMessage().contains("cannot clone"), e.getMessage());
        try (Stream<Path> clones = Files.walk(tmp.resolve("cache"))) {
            assertEquals(1, clones.filter(p -> p.getFileName().toString().endsWith(".git")
                    || p.getFileName().toString().startsWith(".")).count(), "no half-made clone is left");
        }
    }

    @Test
    void aBackfillDescribesEachDateByTheLastFirstParentCommitOnOrBeforeIt() throws Exception {
        Path dir = tmp.resolve("r.git");
        ObjectId jan;
        ObjectId mar;
        try (TestRepo repo = TestRepo.init(dir)) {
            TestRepo.Branch main = repo.branch("main");
            jan = main.write("LICENSE", LicenseTexts.spdx("Apache-2.0")).commit("jan", at("2022-01-20"), ALICE);
            mar = main.write("a", "1").commit("mar", at("2022-03-31"), BOB);
        }

        List<LocalDate> ends = Period.MONTHLY.ends(LocalDate.parse("2021-12-01"), LocalDate.parse("2022-04-15"));
        CollectResult result = collector().collect(new CollectRequest("p", dir.toString(), "main", ends, List.of(), "t", tmp));

        assertEquals(List.of("2022-01-31", "2022-02-28", "2022-03-31"),
                result.snapshots().stream().map(s -> s.date().toString()).toList());
        assertEquals(List.of(jan.name(), jan.name(), mar.name()),
                result.snapshots().stream().map(s -> s.provenance().commit()).toList());
        assertEquals(LocalDate.parse("2021-12-31"), result.skipped().get(0).date());
        assertEquals(2, result.snapshots().get(2).contribution().concentration().authors());
        assertEquals("main", result.branch());
    }
}
