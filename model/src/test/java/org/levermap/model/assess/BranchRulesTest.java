package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.project;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class BranchRulesTest {

    private static final String RULESET = "https://api.github.com/repos/acme/widget/rulesets/42";

    private static ApiEvidence read(String url) {
        return new ApiEvidence(url, null, day("2026-11-27"));
    }

    static ForgeFacts forge(ForgeKind kind, ForgeRules rules) {
        return new ForgeFacts(kind, "acme/widget", "acme", AccountKind.ORGANIZATION, false, null, "main", true, null,
                null, read("https://api.github.com/repos/acme/widget"), rules);
    }

    static ForgeRules bypassed(String enforcement, Boolean listed) {
        return new ForgeRules(null, List.of(new ForgeRules.Ruleset("main <b>", enforcement, "Repository acme/widget",
                List.of(new ForgeRules.BypassActor("OrganizationAdmin", 1, "always"),
                        new ForgeRules.BypassActor("Team", 234, "pull_request")), listed, read(RULESET))),
                read("https://api.github.com/repos/acme/widget/rulesets"), null, null, null);
    }

    @Test
    void anActiveRulesetsBypassActorsAreCitedByTheirIds() {
        List<Citation> c = BranchRules.citations(forge(ForgeKind.GITHUB, bypassed("active", true)));
        assertEquals(1, c.size());
        Phrase admins = Phrase.of(CitationText.BYPASS_ORGANIZATION_ADMINS);
        Phrase team = Phrase.of(CitationText.BYPASS_TEAM).text("id", "234")
                .part("mode", Phrase.of(CitationText.BYPASS_PULL_REQUEST_ONLY));
        assertEquals(Phrase.of(CitationText.FROM_FORGE_API).part("what", Phrase.of(CitationText.RULESET_BYPASS)
                .text("ruleset", "main <b>").several("actors", List.of(new Arg.Part(admins), new Arg.Part(team)),
                        Arg.Joint.COMMA)).term("forge", ForgeKind.GITHUB).day("read", LocalDate.of(2026, 11, 27)),
                c.get(0).label());
        assertEquals(RULESET, c.get(0).source());
    }

    @Test
    void anInactiveOrUnlistedRulesetSaysNothing() {
        assertEquals(List.of(), BranchRules.citations(forge(ForgeKind.GITHUB, bypassed("evaluate", true))));
        assertEquals(List.of(), BranchRules.citations(forge(ForgeKind.GITHUB, bypassed("active", false))),
                "bypass actors not shown to the caller are not 'nobody'");
        assertEquals(List.of(), BranchRules.citations(forge(ForgeKind.GITHUB, null)));
        assertEquals(List.of(), BranchRules.citations(null));
    }

    @Test
    void aReadableProtectionRuleNamesWhoAloneMayPushAndMerge() {
        String url = "https://gitlab.com/api/v4/projects/acme%2Fwidget/protected_branches/main";
        ForgeRules rules = new ForgeRules(new ForgeRules.BranchProtection(true, null, null, null,
                List.of("role:Maintainers"), read(url), List.of("role:Developers + Maintainers", "user:zoe")),
                null, null, null, null, null);
        List<Citation> c = BranchRules.citations(forge(ForgeKind.GITLAB, rules));
        assertEquals(List.of(CitationText.ONLY_PUSH, CitationText.ONLY_MERGE),
                c.stream().map(x -> ((Arg.Part) x.label().args().get("what")).value().key()).toList());
        assertEquals(Phrase.of(CitationText.ONLY_MERGE).several("accounts", List.of(new Arg.Text("role:Developers"
                + " + Maintainers"), new Arg.Text("user:zoe")), Arg.Joint.COMMA),
                ((Arg.Part) c.get(1).label().args().get("what")).value());
        assertEquals(new Arg.Term(ForgeKind.GITLAB), c.get(0).label().args().get("forge"));
        ForgeRules unreadable = new ForgeRules(new ForgeRules.BranchProtection(false, null, null, null, null,
                read(url), null), null, null, null, null, null);
        assertEquals(List.of(), BranchRules.citations(forge(ForgeKind.GITLAB, unreadable)));
    }

    @Test
    void theAdminAccessAnswerCitesThemBesideTheOwner() {
        Snapshot s = CollectedLeversTest.owned("acme", AccountKind.ORGANIZATION);
        ForgeFacts owned = s.platforms().forge();
        ForgeFacts withRules = new ForgeFacts(owned.kind(), owned.repository(), owned.owner(), owned.ownerKind(),
                owned.archived(), owned.forkOf(), owned.defaultBranch(), owned.branchProtected(), owned.organisation(),
                owned.releases(), owned.evidence(), bypassed("active", true));
        Answer a = new AdminAccessQuestion().answer(Judge.facts(project("p"),
                s.withPlatforms(new PlatformFacts(withRules, null, null, null))));
        assertTrue(a.evidence().stream().anyMatch(c -> RULESET.equals(c.source())), a.evidence().toString());
        assertEquals(new AdminAccessQuestion().answer(Judge.facts(project("p"), s)).summary(), a.summary(),
                "evidence only: the verdict is the owner's");
    }
}
