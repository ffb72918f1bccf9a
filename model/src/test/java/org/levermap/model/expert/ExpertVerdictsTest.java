package org.levermap.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.assess.Answer;
import org.levermap.model.assess.AnswerStatus;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.ForkKind;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.assess.Membership;
import org.levermap.model.assess.PhraseKey;
import org.levermap.model.assess.Question;
import org.levermap.model.assess.Reason;
import org.levermap.model.assess.ReasonCode;
import org.levermap.model.change.Change;
import org.levermap.model.change.ChangeKind;
import org.levermap.model.change.Severity;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

/**
 * Hand-written verdicts on the expert fixtures: what an analyst would sign for each project, as
 * verdicts and reason codes. Each test names the judgement it checks.
 */
class ExpertVerdictsTest {

    private final ExpertFixtures fixtures = new ExpertFixtures();

    private static List<ReasonCode> codes(Assessment a) {
        return a.modelReasons().stream().map(Reason::code).toList();
    }

    private static Answer license(Assessment a) {
        return a.answer(Question.LICENSE);
    }

    @Test
    void corporateLedThoughItsStaffCommitFromPersonalAddresses() {
        Assessment a = fixtures.latest("corpo");
        assertEquals(GovernanceModel.CORPORATE_LED, a.model());
        assertEquals(List.of(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_WORK), codes(a));
        assertEquals("vendorco", a.stewardId());
        // Apache code in the vendor's organisation: the vendor can release future versions alone.
        assertEquals(AnswerStatus.SINGLE_ACTOR, license(a).status());
        assertEquals(ReasonCode.PERMISSIVE_CONTROLLER, license(a).reason());
        assertEquals(List.of("vendorco"), license(a).holders());
        assertTrue(a.flags().contains(Flag.LICENSE_SINGLE_ACTOR));
        assertFalse(a.flags().contains(Flag.ONE_ORGANISATION), "72% of its commits come from personal addresses");
    }

    @Test
    void aFoundationProjectWhoseClaGrantsTheFoundation() {
        Assessment a = fixtures.latest("commons");
        assertEquals(GovernanceModel.FOUNDATION, a.model(), "a company makes most commits; the foundation holds it");
        assertEquals(List.of(ReasonCode.FOUNDATION_HOLDS_ENTITY_OR_NAME, ReasonCode.FOUNDATION_HOLDS_ENTITY_OR_NAME),
                codes(a));
        assertEquals("openworks", a.stewardId());
        assertEquals(ReasonCode.CLA_COUNTERPARTY, license(a).reason());
        assertEquals(List.of("openworks"), license(a).holders(), "the notice appended to the LICENSE holds nothing");
        assertTrue(a.flags().contains(Flag.ONE_ORGANISATION));
    }

    @Test
    void anUpstreamThatRelicensedToASourceAvailableLicense() {
        Assessment a = fixtures.latest("tightdb");
        assertEquals(GovernanceModel.CORPORATE_LED, a.model());
        assertEquals(List.of(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE), codes(a));
        assertEquals(ReasonCode.CURATED_HOLDER, license(a).reason());
        Change relicensing = fixtures.log().summary("tightdb").mostSevereRecent();
        assertEquals(ChangeKind.LICENSE, relicensing.kind());
        assertEquals(Severity.ALERT, relicensing.severity(), "weak copyleft to source-available is a tightening");
    }

    @Test
    void aHardForkRelicensedAwayFromItsUpstream() {
        Assessment a = fixtures.latest("freedb");
        assertEquals(GovernanceModel.COMMUNITY, a.model());
        assertEquals(List.of(ReasonCode.DECISIONS_REST_WITH_A_BODY), codes(a));
        assertEquals(ForkKind.HARD, a.fork().kind());
        assertEquals(List.of(ReasonCode.FORK_RENAMED, ReasonCode.FORK_RELICENSED),
                a.fork().reasons().stream().map(Reason::code).toList());
        // AGPL without a CLA: every holder's consent; the upstream's owner is none of the fork's holders.
        assertEquals(ReasonCode.EVERY_HOLDER_CONSENTS, license(a).reason());
        assertEquals(List.of(), license(a).holders());
        assertFalse(Phrases.values(license(a).summary()).contains("tightco"), license(a).summary().toString());
        assertTrue(a.flags().contains(Flag.HARD_FORK));
    }

    @Test
    void aSoftForkWhoseOwnerIsUnknownStaysUnknownAndSaysWhy() {
        Assessment a = fixtures.latest("corpo-lts");
        assertEquals(ForkKind.SOFT, a.fork().kind());
        assertEquals(List.of(), a.fork().reasons());
        assertEquals(GovernanceModel.UNKNOWN, a.model());
        assertEquals(List.of(ReasonCode.NO_DECISIVE_EVIDENCE), codes(a));
        assertNotNull(a.modelReasons().get(0).wouldDecide());
        Phrase owner = Phrases.part(a.modelReasons().get(0).text(), "owner");
        assertEquals(PhraseKey.OWNER_ACCOUNT_UNKNOWN_ACTOR, owner.key());
        assertEquals("ltsfolks", Phrases.arg(owner, "account"));
        // The upstream's vendor holds no right over the fork's license.
        assertEquals(ReasonCode.PERMISSIVE_CONTROLLER_UNKNOWN, license(a).reason());
        assertEquals(List.of(), license(a).holders());
        assertNull(a.steward());
    }

    @Test
    void aOneMaintainerProjectUnderAPersonalAccount() {
        Assessment a = fixtures.latest("solo");
        assertEquals(GovernanceModel.BDFL, a.model());
        assertEquals(List.of(ReasonCode.PERSON_OWNS_REPOSITORY), codes(a));
        assertEquals("alice", a.stewardId());
        assertEquals(ReasonCode.PERMISSIVE_CONTROLLER, license(a).reason());
        assertTrue(a.flags().contains(Flag.BUS_FACTOR_ONE));
    }

    @Test
    void aProjectIsTiedToTheAllianceItsStewardsParentJoinedAndJoinedNothing() {
        Assessment a = fixtures.latest("cloudlib");
        assertEquals(GovernanceModel.CORPORATE_LED, a.model());
        assertEquals(List.of(ReasonCode.COMPANY_HOLDS_DECISIVE_LEVER), codes(a));
        assertEquals("bigco", a.stewardId(), "a subsidiary's levers count as its parent's");
        assertEquals(List.of(Membership.Via.STEWARD_PARENT),
                a.alliances().stream().map(Membership::via).toList());
        assertEquals("bigco", a.alliances().get(0).member());
    }

    @Test
    void noFunderAndNoFileIsEverNamedAsAHolder() {
        for (String id : fixtures.log().summaries().keySet()) {
            Answer answer = license(fixtures.latest(id));
            // A holder is an actor, never a license, a notice or a file.
            Object holder = Phrases.arg(answer.summary(), "holder");
            assertTrue(holder == null || fixtures.log().assessor().actors().get((String) holder) != null, id + " " + answer.summary());
            for (var q : fixtures.latest(id).answers()) {
                if (q.status() == AnswerStatus.UNDEFINED || q.status() == AnswerStatus.UNCLEAR) {
                    assertTrue(q.reason() == null || q.wouldDecide() != null, id + " " + q);
                }
            }
        }
    }
}
