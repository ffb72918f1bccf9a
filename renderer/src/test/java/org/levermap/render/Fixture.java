package org.levermap.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Alliance;
import org.levermap.model.AlliancePurpose;
import org.levermap.model.Concentration;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.DocumentKind;
import org.levermap.model.Event;
import org.levermap.model.EventKind;
import org.levermap.model.Evidence;
import org.levermap.model.Levers;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.LineageFacts;
import org.levermap.model.ModelLineage;
import org.levermap.model.Project;
import org.levermap.model.ProjectKind;
import org.levermap.model.Provenance;
import org.levermap.model.ResourceFacts;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;
import org.levermap.model.StewardshipFacts;
import org.levermap.model.repo.FileKind;
import org.levermap.model.repo.RepositoryLayout;
import org.levermap.model.repo.SnapshotWriter;
import org.levermap.model.repo.YamlCodec;

/**
 * Writes data repositories for the renderer's tests, from the model records and through YamlCodec and
 * SnapshotWriter, as the collectors would.
 */
final class Fixture {

    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final String SHA2 = "fedcba9876543210fedcba9876543210fedcba98";

    private final Path root;

    private Fixture(Path root) {
        this.root = root;
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    static CuratedFact held(String holder, String since, String until, String source) {
        return new CuratedFact(holder, null, since == null ? null : day(since), until == null ? null : day(until),
                source, null);
    }

    void config(String title, String baseUrl) throws IOException {
        YamlCodec.writeFile(root.resolve(RepositoryLayout.CONFIG), FileKind.CONFIG,
                new SiteConfig(title, baseUrl, "A test report about " + title + ".", "en"), true);
    }

    void actor(Actor a) throws IOException {
        YamlCodec.writeFile(root.resolve("actors/" + a.id() + ".yaml"), FileKind.ACTOR, a, true);
    }

    void alliance(Alliance a) throws IOException {
        YamlCodec.writeFile(root.resolve("alliances/" + a.id() + ".yaml"), FileKind.ALLIANCE, a, true);
    }

    void project(Project p) throws IOException {
        YamlCodec.writeFile(RepositoryLayout.projectFile(root, p.id()), FileKind.PROJECT, p, true);
    }

    void snapshot(Snapshot s) throws IOException {
        SnapshotWriter.write(root, s, true);
    }

    static Snapshot snapshot(String project, String date, LicenseFacts license, ContributionFacts contribution,
            LineageFacts lineage, ResourceFacts resources) {
        LocalDate d = day(date);
        return new Snapshot(project, d, new Provenance("levermap-test 1", "https://github.com/acme/" + project, "main",
                SHA, d, false, List.of()), license, new StewardshipFacts(12, 3, "v1.2", d.minusDays(3), 0.25),
                contribution, resources, lineage);
    }

    static LicenseFacts license(String spdx, LicenseFamily family, LicenseChange... history) {
        return new LicenseFacts(spdx, family, 0.99, List.of(new LicenseFacts.LicenseFile(spdx, 0.99,
                new Evidence(SHA, "LICENSE", null))), List.of(new LicenseFacts.CopyrightHolder("Acme Inc.", "acme",
                new Evidence(SHA, "LICENSE", 1))), List.of(history));
    }

    static ContributionFacts contribution(boolean cla, int busFactor, double acmeShare, String... maintainers) {
        List<ContributionFacts.Maintainer> ms = new ArrayList<>();
        for (int i = 0; i < maintainers.length; i++) {
            ms.add(new ContributionFacts.Maintainer(maintainers[i], null, null, "maintainer",
                    new Evidence(SHA, "MAINTAINERS.md", i + 3)));
        }
        return new ContributionFacts(List.of(new ContributionFacts.Document(DocumentKind.CONTRIBUTING,
                new Evidence(SHA, "CONTRIBUTING.md", null))), ms, 4,
                List.of(new ContributionFacts.Merger("ann@acme.com", "Ann Merger", 20)),
                new ContributionFacts.Terms(cla, cla ? List.of(new Evidence(SHA, ".github/cla.yml", 1)) : List.of(),
                        200, 0.1),
                new Concentration(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), 1000, 40, 12, 1, busFactor, 1,
                        List.of(new Concentration.Contributor("ann@acme.com", "Ann", null, "acme", 300, 0.3)),
                        List.of(new Concentration.Organisation("acme", "acme", (int) (acmeShare * 1000), 10, acmeShare),
                                new Concentration.Organisation("individuals", null, 1000 - (int) (acmeShare * 1000), 30,
                                        1 - acmeShare))));
    }

    /**
     * A small ecosystem: widget (corporate, relicensed Apache-2.0 → BUSL-1.1 with a CLA appearing),
     * gadget (a hard fork of widget), libre (foundation), solo (BDFL), bare (no snapshot), an alliance
     * with members joining and leaving.
     */
    static Path ecosystem(Path root, String baseUrl) throws IOException {
        Fixture f = new Fixture(root);
        f.config("Test report", baseUrl);
        f.actor(new Actor("acme", "Acme Corp", ActorKind.COMPANY, List.of("Acme"), List.of("acme.com"), null,
                "https://acme.example", "A **company** that makes widgets."));
        f.actor(new Actor("acme-labs", "Acme Labs", ActorKind.COMPANY, null, null, List.of(new Actor.Parent("acme",
                day("2020-01-01"), null, "https://acme.example/labs")), null, null));
        f.actor(new Actor("openfound", "Open Foundation", ActorKind.FOUNDATION, null, null, null,
                "https://openfound.example", null));
        f.actor(new Actor("alice", "Alice Liddell", ActorKind.PERSON, null, null, null,
                List.of(new Actor.Affiliation("acme", LocalDate.parse("2020-01-01"), null, "https://acme.example/team")),
                null, null));
        f.actor(new Actor("globex", "Globex", ActorKind.COMPANY, null, null, null, null, null));
        f.alliance(new Alliance("compute-club", "Compute Club", List.of(AlliancePurpose.POOLING_COMPUTE),
                "Pools *compute* for members.", day("2022-01-01"), "https://club.example",
                List.of(new Alliance.Member("acme", null, "founding member", day("2022-01-01"), null,
                                "https://club.example/members"),
                        new Alliance.Member("globex", null, null, day("2022-06-01"), day("2023-06-30"),
                                "https://club.example/members"),
                        new Alliance.Member(null, "libre", "hosted project", day("2023-03-15"), null,
                                "https://club.example/libre")), List.of("https://club.example/about")));

        Levers widgetLevers = new Levers(List.of(held("acme", "2019-01-01", null, "https://acme.example/trademark")),
                List.of(new CuratedFact(null, "widget.example", null, null, "https://whois.example/widget", null)),
                List.of(held("acme", null, null, "https://acme.example/legal")),
                List.of(held("acme-labs", null, null, "https://github.com/orgs/acme/people")),
                List.of(held("acme", null, null, "https://github.com/acme/widget/blob/main/CODEOWNERS"),
                        held("alice", null, "2023-06-30", "https://github.com/acme/widget/pull/1")),
                null, List.of(held("acme", null, null, "https://acme.example/cla")),
                List.of(held("acme", null, null, "https://acme.example/funding")), null, null,
                List.of(new CuratedFact("acme", null, null, null, "https://acme.example/governance",
                        "Acme's *product council* decides.")));
        f.project(new Project("widget", "Widget", ProjectKind.SOFTWARE, "The **widget** library. See <https://widget.example>.",
                "https://github.com/acme/widget", "main", "https://widget.example", null, widgetLevers,
                List.of(new Event(day("2023-08-10"), EventKind.LICENSE_CHANGE, "Widget moves to the BUSL",
                        "https://acme.example/blog/busl", "Announced on the blog."),
                        new Event(day("2023-09-01"), EventKind.SCHISM, "Gadget forks Widget over the BUSL",
                                "https://gadget.example/manifesto", null,
                                List.of(new Event.Party("acme", null, Event.Side.UPSTREAM, "licensor", null),
                                        new Event.Party(null, "gadget", Event.Side.FORK, null, null),
                                        new Event.Party("globex", null, Event.Side.FORK, "backer",
                                                "https://globex.example/gadget")),
                                new Event.Outcome(day("2024-01-15"), "Both *continue*.",
                                        "https://gadget.example/one-year")))));
        LicenseChange relicense = new LicenseChange(day("2023-08-15"), LicenseChange.Kind.CHANGE, "Apache-2.0",
                "BUSL-1.1", new Evidence(SHA2, "LICENSE", null), null);
        f.snapshot(snapshot("widget", "2023-05-31", license("Apache-2.0", LicenseFamily.PERMISSIVE),
                contribution(false, 3, 0.45, "Ann", "Bob", "Cy"), null, null));
        f.snapshot(snapshot("widget", "2023-07-31", license("Apache-2.0", LicenseFamily.PERMISSIVE),
                contribution(true, 2, 0.55, "Ann", "Bob"), null, null));
        f.snapshot(snapshot("widget", "2023-09-30", license("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE, relicense),
                contribution(true, 1, 0.7, "Ann", "Bob"), null,
                new ResourceFacts(List.of(new ResourceFacts.FundingLink("github", "acme",
                        new Evidence(SHA, ".github/FUNDING.yml", 1))))));

        f.project(new Project("gadget", "Gadget", ProjectKind.SOFTWARE, "A community fork of Widget.",
                "https://codeberg.org/gadget/gadget", null, null, "widget", Levers.NONE, null));
        f.snapshot(snapshot("gadget", "2023-09-30", license("Apache-2.0", LicenseFamily.PERMISSIVE),
                contribution(false, 4, 0.1, "Dee"), new LineageFacts("widget", new Evidence(SHA, null, null),
                        day("2023-08-14"), 40, 3, 40, 3, null, null, "Apache-2.0", "Widget", "Gadget", "BUSL-1.1", "Widget"),
                null));

        f.project(new Project("libre", "Libre", ProjectKind.MODEL, "An open model.", "https://gitlab.com/libre/model",
                null, null, null, new Levers(null, null, List.of(held("openfound", "2021-01-01", null,
                "https://openfound.example/libre")), null, null, null, null, null,
                List.of(held("openfound", null, null, "https://openfound.example/infra")), null, null), null));
        f.snapshot(snapshot("libre", "2023-03-31", license("MIT", LicenseFamily.PERMISSIVE),
                contribution(false, 5, 0.2, "Eve"), null, null));

        f.project(new Project("solo", "Solo", ProjectKind.SOFTWARE, null, "/srv/git/solo", null, null, null,
                new Levers(null, null, null, null, null, null, null, null, null, null,
                        List.of(held("alice", null, null, "https://solo.example/governance"))), null));
        f.snapshot(snapshot("solo", "2023-09-30", license("GPL-3.0-only", LicenseFamily.STRONG_COPYLEFT),
                contribution(false, 1, 0.0), null, null));

        f.project(new Project("bare", "Bare", null, null, null, null, null, null, null, null));
        return root;
    }

    /**
     * The {@link #ecosystem} and a project "busy" with a snapshot a day up to 2023-09-29 whose bus
     * factor goes up and down by one each day: a change log of more than {@code changes} changes.
     */
    static Path busy(Path root, String baseUrl, int changes) throws IOException {
        ecosystem(root, baseUrl);
        Fixture f = new Fixture(root);
        f.project(new Project("busy", "Busy", ProjectKind.SOFTWARE, null, "https://github.com/acme/busy", null, null,
                null, Levers.NONE, null));
        LocalDate last = LocalDate.of(2023, 9, 29);
        for (int i = changes; i >= 0; i--) {
            f.snapshot(snapshot("busy", last.minusDays(i).toString(), license("MIT", LicenseFamily.PERMISSIVE),
                    contribution(false, 2 + i % 2, 0.5), null, null));
        }
        return root;
    }

    /** Text crafted to run script wherever a renderer forgets to escape or sanitise it. */
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SVG = "<svg onload=\"window.__xss=1\"></svg>";
    static final String JS_URL = "javascript:window.__xss=1";
    static final String QUOTES = "\"'><script>window.__xss=1</script>";

    /** Every name, subject, Markdown text and URL carrying a payload. */
    static Path hostile(Path root) throws IOException {
        Fixture f = new Fixture(root);
        f.config("Hostile " + SCRIPT, "https://example.org/hostile/");
        f.actor(new Actor("evil", "Evil " + IMG, ActorKind.COMPANY, List.of(SVG), null, null, JS_URL,
                "[click](" + JS_URL + ") " + SCRIPT + " <a href=\"" + JS_URL + "\">raw</a> " + IMG));
        f.actor(new Actor("acme", "Acme " + SCRIPT, ActorKind.COMPANY, null, null, null, null, null));
        f.actor(new Actor("mallory", "Mallory " + QUOTES, ActorKind.PERSON, null, null, null,
                "https://ok.example/\"onmouseover=\"window.__xss=1", null));
        f.alliance(new Alliance("cabal", "Cabal " + SVG, List.of(AlliancePurpose.COUNTERWEIGHT), "# Cabal\n" + SCRIPT
                + "\n\n| a | b |\n|---|---|\n| " + IMG + " | [x](" + JS_URL + ") |", day("2022-01-01"), JS_URL,
                List.of(new Alliance.Member("evil", null, "role " + SCRIPT, day("2022-01-01"), null,
                        "https://example.org/" + QUOTES.replace(" ", "")),
                        new Alliance.Member(null, "payload", null, day("2022-02-01"), day("2023-01-01"),
                                "https://example.org/m")), List.of("https://example.org/cabal")));
        Levers levers = new Levers(List.of(new CuratedFact("evil", SCRIPT, null, null, "https://example.org/b",
                "note " + IMG + " [js](" + JS_URL + ") <iframe src=\"https://evil.example\"></iframe>")),
                null, List.of(held("evil", null, null, "https://example.org/l")), List.of(held("mallory", null, null,
                "https://example.org/a")), null, null, List.of(held("evil", null, null, "https://example.org/c")), null,
                null, null, List.of(new CuratedFact(null, "a council " + SVG, null, null, "https://example.org/d", null)));
        f.project(new Project("payload", "Payload " + SCRIPT, ProjectKind.SOFTWARE, "Description " + IMG + " **bold** "
                + "[link](" + JS_URL + ") <svg><script>window.__xss=1</script></svg> " + QUOTES,
                "https://github.com/evil/payload", "main", JS_URL, null, levers,
                List.of(new Event(day("2023-02-01"), EventKind.OTHER, "Event " + SCRIPT, "https://example.org/e",
                        IMG, List.of(new Event.Party("evil", null, null, "role " + SCRIPT,
                                "https://example.org/p\"><script>window.__xss=1</script>")),
                        new Event.Outcome(null, "outcome " + IMG + " [js](" + JS_URL + ")", "https://example.org/o")))));
        LicenseChange change = new LicenseChange(day("2023-02-15"), LicenseChange.Kind.CHANGE, "MIT", "LicenseRef-"
                + "x" , new Evidence(SHA, "LICENSE\"><script>window.__xss=1</script>", 1), null);
        ContributionFacts c1 = new ContributionFacts(List.of(), List.of(new ContributionFacts.Maintainer(
                "Maint " + SCRIPT, "m@x.org", null, "role " + IMG, new Evidence(SHA, "CODEOWNERS", 1))), 1,
                List.of(new ContributionFacts.Merger("merger@x.org", "Merger " + SVG, 3)),
                new ContributionFacts.Terms(false, List.of(), 10, 0.0), new Concentration(day("2022-01-01"),
                day("2023-01-31"), 10, 2, 0, 0, 2, 1, List.of(new Concentration.Contributor("a@x.org", "Author "
                + SCRIPT, null, null, 6, 0.6)), List.of(new Concentration.Organisation("org " + IMG, null, 10, 2, 1.0))));
        ContributionFacts c2 = new ContributionFacts(List.of(), List.of(new ContributionFacts.Maintainer(
                "New " + IMG, null, null, null, new Evidence(SHA, "CODEOWNERS", 2))), 1, List.of(),
                new ContributionFacts.Terms(true, List.of(new Evidence(SHA, "CLA " + SCRIPT, 1)), 10, 0.0),
                new Concentration(day("2022-03-01"), day("2023-03-31"), 10, 2, 0, 0, 1, 1, List.of(),
                        List.of(new Concentration.Organisation("org " + IMG, null, 10, 2, 1.0))));
        f.snapshot(new Snapshot("payload", day("2023-01-31"), new Provenance("tool " + SCRIPT, JS_URL, "main " + IMG,
                SHA, day("2023-01-31"), false, List.of("warning " + SCRIPT)), license("MIT", LicenseFamily.PERMISSIVE),
                new StewardshipFacts(1, 0, "v" + SCRIPT, null, null), c1, new ResourceFacts(List.of(
                        new ResourceFacts.FundingLink("custom", JS_URL, null),
                        new ResourceFacts.FundingLink("github", "x\" onmouseover=\"window.__xss=1", null))), null));
        f.snapshot(new Snapshot("payload", day("2023-03-31"), new Provenance("tool", null, null, SHA, null, false, null),
                new LicenseFacts("LicenseRef-x", LicenseFamily.PROPRIETARY, 1.0, List.of(), List.of(
                        new LicenseFacts.CopyrightHolder("Holder " + SCRIPT, null, null)), List.of(change)),
                null, c2, null, null).withPlatforms(HostilePlatforms.facts()));
        f.project(new Project("forked", "Fork " + SVG, null, null, "git@github.com:evil/forked.git", null, null,
                "payload", null, null));
        f.snapshot(new Snapshot("forked", day("2023-03-31"), new Provenance("tool", null, null, SHA, null, false, null),
                license("MIT", LicenseFamily.PERMISSIVE), null, null, null, new LineageFacts("payload",
                new Evidence(SHA, null, null), day("2023-02-10"), 1, 1, 1, 1, null, null, "MIT", "Original " + SCRIPT,
                "Fork " + SVG, "MIT", "Upstream " + SCRIPT), new ModelLineage(List.of("base " + IMG),
                "finetune " + SCRIPT, List.of("data " + SVG)), null));
        return root;
    }
}
