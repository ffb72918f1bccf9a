package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;
import static org.levermap.model.testing.Samples.value;

import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;
import org.levermap.model.testing.Phrases;

class CommunityRuleTest {

    private final CommunityRule rule = new CommunityRule();

    @Test
    void aCommunityBodyWithTheFinalSayIsCommunityGoverned() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.DECISIONS, held("tsc")))).orElseThrow();
        assertEquals(GovernanceModel.COMMUNITY, v.model());
    }

    @Test
    void anElectedBodyWithNoCompanyHoldingTheNameIsCommunityGoverned() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.DECISIONS, value("an elected steering council"))))
                .orElseThrow();
        assertEquals("an elected steering council", Phrases.arg(v.reasons().get(0).text(), "body"));
    }

    @Test
    void oneActorHoldingTheNameOrTheAdminRightsOutweighsTheBody() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.DECISIONS, value("a council"), Lever.BRAND,
                held("acme")))).isEmpty());
        assertTrue(rule.apply(Judge.facts(project("p", Lever.DECISIONS, value("a council"), Lever.ADMINS,
                held("alice")))).isEmpty());
        assertTrue(rule.apply(Judge.facts(project("p", Lever.DECISIONS, value("a council"), Lever.ADMINS,
                held("alice"), held("bob")))).isPresent());
    }

    @Test
    void aGovernanceDocumentAndNoMajorityOrganisationIsCommunity() {
        var s = snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE)
                .concentration(5, "acme", "acme", 0.3, "globex", "globex", 0.2).build();
        assertTrue(rule.apply(Judge.facts(project("p"), s)).isPresent());
    }

    @Test
    void aGovernanceDocumentWithAMajorityOrganisationIsNot() {
        var s = snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE)
                .concentration(1, "acme", "acme", 0.8).build();
        assertTrue(rule.apply(Judge.facts(project("p"), s)).isEmpty());
    }

    @Test
    void aCommunityBodyOwningTheRepositoryIsCommunityGoverned() {
        Verdict v = rule.apply(Judge.facts(at(project("p"), "https://huggingface.co/tsc/model", null))).orElseThrow();
        assertEquals(ReasonCode.COMMUNITY_BODY_HOLDS_REPOSITORY, v.reasons().get(0).code());
        assertTrue(rule.apply(Judge.facts(at(project("p"), "https://github.com/acme/p", null))).isEmpty());
    }
}
