package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.day;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Samples;

class CollectedLeversTest {

    static final String API = "https://api.github.com/repos/";

    /** A snapshot whose forge says {@code owner} (of {@code kind}) owns {@code owner/widget}. */
    static Snapshot owned(String owner, AccountKind kind, String... members) {
        ApiEvidence read = new ApiEvidence(API + owner + "/widget", null, day("2026-11-27"));
        ForgeFacts.ForgeOrganisation org = kind == AccountKind.ORGANIZATION
                ? new ForgeFacts.ForgeOrganisation(owner, null, null, null, null, null, List.of(members),
                        new ApiEvidence("https://api.github.com/orgs/" + owner, null, day("2026-11-27")),
                        new ApiEvidence("https://api.github.com/orgs/" + owner + "/public_members", "login",
                                day("2026-11-27")))
                : null;
        ForgeFacts forge = new ForgeFacts(ForgeKind.GITHUB, owner + "/widget", owner, kind, false, null, "main", true,
                org, null, read, null);
        return Samples.snapshot("p", "2026-11-27").documents(DocumentKind.GOVERNANCE).build()
                .withPlatforms(new PlatformFacts(forge, null, null, null));
    }

    private static Answer repository(Snapshot s) {
        return new RepositoryQuestion().answer(Judge.facts(project("p"), s));
    }

    private static Answer admins(Snapshot s) {
        return new AdminAccessQuestion().answer(Judge.facts(project("p"), s));
    }

    @Test
    void anOrganisationNamingAKnownActorIsThatActorAlone() {
        Answer a = repository(owned("acme", AccountKind.ORGANIZATION));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(List.of("acme"), a.holders());
        assertEquals(Phrase.of(PhraseKey.REPOSITORY_OWNER_ACTOR).actor("actor", "acme").part("account",
                account(AccountKind.ORGANIZATION, "acme")), a.summary());
        Citation owner = a.evidence().get(0);
        assertEquals(API + "acme/widget", owner.source());
        assertEquals(Phrase.of(CitationText.FROM_FORGE_API).part("what", Phrase.of(CitationText.REPOSITORY_OWNER))
                .term("forge", ForgeKind.GITHUB).day("read", LocalDate.of(2026, 11, 27))
                .part("field", Phrase.of(CitationText.API_FIELD).text("field", "owner")), owner.label());
    }

    @Test
    void aSubsidiarysOrganisationCountsAsItsParent() {
        assertEquals(List.of("acme"), repository(owned("acme-labs", AccountKind.ORGANIZATION)).holders());
    }

    @Test
    void anUnknownOrganisationIsUnclearAndNamesItsPublicMembers() {
        Answer a = repository(owned("widgetco", AccountKind.ORGANIZATION, "zed", "yan"));
        assertEquals(AnswerStatus.UNCLEAR, a.status());
        assertEquals(List.of(), a.holders());
        assertEquals(Phrase.of(PhraseKey.REPOSITORY_OWNER_ORGANISATION).part("account",
                account(AccountKind.ORGANIZATION, "widgetco")).part("members", Phrase.of(PhraseKey.PUBLIC_MEMBERS)
                .count("count", 2).several("names", List.of(new Arg.Text("zed"), new Arg.Text("yan")), Arg.Joint.COMMA)),
                a.summary());
        assertEquals(3, a.evidence().size(), "repository, profile, members");
    }

    @Test
    void aPersonalAccountIsASingleActor() {
        Answer a = admins(owned("zoe", AccountKind.USER));
        assertEquals(AnswerStatus.SINGLE_ACTOR, a.status());
        assertEquals(Phrase.of(PhraseKey.ADMINS_OWNER_USER).part("account", account(AccountKind.USER, "zoe")), a.summary());
    }

    @Test
    void unknownOrganisationAdminsAreUnclearAndCiteTheGovernance() {
        Answer a = admins(owned("widgetco", AccountKind.ORGANIZATION));
        assertEquals(AnswerStatus.UNCLEAR, a.status());
        assertTrue(a.evidence().stream().anyMatch(c -> c.evidence() != null), "the governance document is cited");
    }

    @Test
    void aCuratedLeverWinsAndTheCollectedOwnerIsCitedBesideIt() {
        Answer a = new RepositoryQuestion().answer(Judge.facts(project("p", Lever.ADMINS, held("globex")),
                owned("acme", AccountKind.ORGANIZATION)));
        assertEquals(List.of("globex"), a.holders(), "the curated fact corrects the collected one");
        assertEquals(Phrase.of(CitationText.LEVER).term("lever", Lever.ADMINS), a.evidence().get(0).label());
        assertEquals(new Arg.Part(Phrase.of(CitationText.REPOSITORY_OWNER)), a.evidence().get(1).label().args().get("what"),
                a.evidence().toString());
    }

    @Test
    void withoutPlatformsNothingChanges() {
        Snapshot plain = Samples.snapshot("p", "2026-11-27").build();
        assertNull(new CollectedLevers(Judge.facts(project("p"), plain)).repository(Question.REPOSITORY));
        assertEquals(AnswerStatus.UNDEFINED, repository(plain).status());
    }

    private static Phrase account(AccountKind kind, String owner) {
        return Phrase.of(PhraseKey.FORGE_ACCOUNT).term("forge", org.levermap.model.ForgeKind.GITHUB).term("kind", kind)
                .text("owner", owner);
    }
}
