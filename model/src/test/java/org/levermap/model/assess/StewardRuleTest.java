package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;

class StewardRuleTest {

    private final StewardRule rule = new StewardRule();

    @Test
    void theActorHoldingMostLeversIsTheSteward() {
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), held("alice"),
                Lever.LEGAL_ENTITY, held("openfound"));
        Steward s = rule.apply(Judge.facts(p)).orElseThrow();
        assertEquals("acme", s.actor());
        assertEquals(List.of(Lever.BRAND, Lever.ADMINS), s.levers());
        assertEquals("Acme holds 2 of the known control levers: name and brand, admin rights.", s.reason());
    }

    @Test
    void aTieGoesToTheWeightierLever() {
        var p = project("p", Lever.FUNDING, held("acme"), Lever.LEGAL_ENTITY, held("openfound"));
        assertEquals("openfound", rule.apply(Judge.facts(p)).orElseThrow().actor());
    }

    @Test
    void levelsOfASubsidiaryCountForItsParent() {
        var p = project("p", Lever.BRAND, held("acme-labs"), Lever.ADMINS, held("acme"), Lever.LEGAL_ENTITY,
                held("globex"));
        assertEquals("acme", rule.apply(Judge.facts(p)).orElseThrow().actor());
    }

    @Test
    void withNoLeverTheMajorityOrganisationIsTheSteward() {
        var s = snapshot("p", "2024-01-31").concentration(1, "acme.com", "acme", 0.9).build();
        Steward steward = rule.apply(Judge.facts(project("p"), s)).orElseThrow();
        assertEquals("acme", steward.actor());
        assertTrue(steward.levers().isEmpty());
    }

    @Test
    void noLeverAndNoMajorityMeansNoSteward() {
        var s = snapshot("p", "2024-01-31").concentration(4, "acme.com", "acme", 0.4).build();
        assertTrue(rule.apply(Judge.facts(project("p"), s)).isEmpty());
    }
}
