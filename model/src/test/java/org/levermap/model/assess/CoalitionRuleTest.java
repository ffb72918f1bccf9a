package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.phrase.Phrase;

class CoalitionRuleTest {

    private final CoalitionRule rule = new CoalitionRule();

    @Test
    void twoCompaniesDecidingTogetherAreACoalition() {
        Verdict v = rule.apply(Judge.facts(project("p", Lever.DECISIONS, held("acme"), held("globex")))).orElseThrow();
        assertEquals(GovernanceModel.COALITION, v.model());
        assertEquals(Phrase.of(ReasonCode.ORGANISATIONS_HOLD_JOINTLY).term("lever", Lever.DECISIONS)
                .actors("holders", List.of("acme", "globex")), v.reasons().get(0).text());
    }

    @Test
    void twoPeopleAreNotACoalitionOfOrganisations() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.DECISIONS, held("alice"), held("bob")))).isEmpty());
    }

    @Test
    void aSubsidiaryAndItsParentAreOneOrganisation() {
        assertTrue(rule.apply(Judge.facts(project("p", Lever.BRAND, held("acme"), held("acme-labs")))).isEmpty());
    }
}
