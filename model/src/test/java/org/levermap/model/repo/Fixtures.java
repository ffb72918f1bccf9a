package org.levermap.model.repo;

import java.time.LocalDate;
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

/** Fully populated records, with text that YAML finds awkward, for round-trip tests. */
final class Fixtures {

    /** Strings a repository may hand us: YAML indicators, look-alikes of other types, markup, newlines. */
    static final List<String> AWKWARD = List.of(
            "plain", "with: colon", "# not a comment", "- not a list", "*alias", "&anchor", "!tag", "'single'",
            "\"double\"", "yes", "no", "null", "~", "true", "0123", "1e3", "2024-01-01", "  leading spaces",
            "trailing spaces  ", "line one\nline two\n", "tab\there", "<script>alert(1)</script>", "caf\u00e9 \u6f22\u5b57 \ud83d\ude80",
            "a very long line that goes on and on past the eighty column limit where a YAML writer might fold it somewhere", "");

    private Fixtures() {
    }

    static final Evidence EVIDENCE = new Evidence("0123456789abcdef0123456789abcdef01234567", "LICENSE", 3);

    static SiteConfig config(String text) {
        return new SiteConfig("Report: " + text, "https://example.org/report/", text, "en");
    }

    static Project project(String text) {
        CuratedFact fact = new CuratedFact("acme", text, LocalDate.of(2021, 1, 14), LocalDate.of(2024, 8, 29),
                "https://example.org/a?b=c#d", text);
        CuratedFact valueOnly = new CuratedFact(null, "value " + text, null, null,
                "https://github.com/o/r:GOVERNANCE.md@0123456789abcdef", null);
        Levers levers = new Levers(List.of(fact), List.of(valueOnly), List.of(fact), List.of(fact), List.of(fact),
                List.of(fact), List.of(fact, valueOnly), List.of(fact), List.of(fact), List.of(fact), List.of(fact));
        return new Project("p-1", "Name " + text, ProjectKind.MODEL, text, "https://github.com/o/r", "main",
                "https://example.org/", "upstream-1", levers,
                List.of(new Event(LocalDate.of(2024, 3, 20), EventKind.LICENSE_CHANGE, "Title " + text,
                        "https://example.org/e", text),
                        new Event(LocalDate.of(2024, 3, 28), EventKind.SCHISM, "Split " + text, "https://example.org/s",
                                null, List.of(new Event.Party("acme", null, Event.Side.UPSTREAM, text, null),
                                        new Event.Party(null, "p-2", Event.Side.FORK, null, "https://example.org/f")),
                                new Event.Outcome(LocalDate.of(2025, 5, 1), "Outcome " + text,
                                        "https://example.org/o"))));
    }

    static Actor actor(String text) {
        return new Actor("acme", "Acme " + text, ActorKind.COMPANY, List.of(text, "Acme Corp"), List.of("acme.com"),
                List.of(new Actor.Parent("megacorp", LocalDate.of(2020, 2, 2), LocalDate.of(2022, 2, 2),
                        "https://example.org/p")), "https://acme.example", text);
    }

    static Alliance alliance(String text) {
        return new Alliance("coalition", "Coalition " + text, List.of(AlliancePurpose.POOLING_COMPUTE,
                AlliancePurpose.COUNTERWEIGHT), text, LocalDate.of(2023, 12, 5), "https://example.org/",
                List.of(new Alliance.Member("acme", null, text, LocalDate.of(2023, 12, 5), LocalDate.of(2024, 1, 1),
                                "https://example.org/m"),
                        new Alliance.Member(null, "p-1", null, LocalDate.of(2024, 2, 1), null, "https://example.org/n")),
                List.of("https://example.org/s1", "https://example.org/s2"));
    }

    static Snapshot snapshot(String text) {
        Provenance provenance = new Provenance("levermap 0.1.0", "https://github.com/o/r", "main",
                EVIDENCE.commit(), LocalDate.of(2024, 5, 31), false, List.of(text));
        LicenseFacts license = new LicenseFacts("RSALv2 OR SSPL-1.0", LicenseFamily.SOURCE_AVAILABLE, 0.98,
                List.of(new LicenseFacts.LicenseFile("SSPL-1.0", 0.97, EVIDENCE)),
                List.of(new LicenseFacts.CopyrightHolder("Holder " + text, "acme", EVIDENCE)),
                List.of(new LicenseChange(LocalDate.of(2024, 3, 20), LicenseChange.Kind.CHANGE, "BSD-3-Clause",
                                "RSALv2 OR SSPL-1.0", EVIDENCE, "fedcba9876543210fedcba9876543210fedcba98",
                                java.time.OffsetDateTime.parse("2024-03-20T14:05:11+01:00")),
                        new LicenseChange(LocalDate.of(2024, 4, 1), LicenseChange.Kind.TEXT_EDIT, "RSALv2 OR SSPL-1.0",
                                "RSALv2 OR SSPL-1.0", EVIDENCE, null)),
                true, List.of("Country", text));
        StewardshipFacts stewardship = new StewardshipFacts(120, 7, "v" + text, LocalDate.of(2024, 5, 1), 0.25);
        ContributionFacts contribution = new ContributionFacts(
                List.of(new ContributionFacts.Document(DocumentKind.CODE_OF_CONDUCT, EVIDENCE)),
                List.of(new ContributionFacts.Maintainer("@org/" + text, "m@example.org", "acme", "codeowner", EVIDENCE)),
                12,
                List.of(new ContributionFacts.Merger("m@example.org", text, 40)),
                new ContributionFacts.Terms(true, List.of(EVIDENCE), 1000, 0.5),
                new Concentration(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31), 800, 30, 50, 2, 3, 1,
                        List.of(new Concentration.Contributor("a@example.org", text, null, "acme", 400, 0.5)),
                        List.of(new Concentration.Organisation("acme", "acme", 600, 10, 0.75),
                                new Concentration.Organisation("individuals", null, 200, 20, 0.25)),
                        List.of(new Concentration.Identity("a@example.org", text, 400, null),
                                new Concentration.Identity("1+bot[bot]@users.noreply.github.com", text, 50, true))));
        ResourceFacts resources = new ResourceFacts(List.of(new ResourceFacts.FundingLink("github", "account " + text, EVIDENCE)));
        LineageFacts lineage = new LineageFacts("upstream-1", EVIDENCE, LocalDate.of(2021, 4, 12), 100, 200, 90, 180,
                LocalDate.of(2022, 1, 1), new Evidence("fedcba9876543210fedcba9876543210fedcba98", null, null),
                "Apache-2.0", text, "Fork " + text, "SSPL-1.0", "Upstream " + text, java.time.OffsetDateTime.parse("2021-04-12T23:30:00-07:00"),
                new LineageFacts.Sync(EVIDENCE.commit(), java.time.OffsetDateTime.parse("2022-01-01T09:00:00+05:30"),
                        "fedcba9876543210fedcba9876543210fedcba98", "v" + text, 12),
                List.of(), 3);
        ModelLineage model = new ModelLineage(List.of("meta-llama/Llama-2-7b", text), "finetune",
                List.of("dataset/" + text));
        return new Snapshot("p-1", LocalDate.of(2024, 5, 31), provenance, license, stewardship, contribution, resources,
                lineage, model, null);
    }

    static Record of(FileKind kind, String text) {
        return switch (kind) {
            case CONFIG -> config(text);
            case PROJECT -> project(text);
            case SNAPSHOT -> snapshot(text);
            case ACTOR -> actor(text);
            case ALLIANCE -> alliance(text);
        };
    }
}
