package org.levermap.render.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.ForgeKind;
import org.levermap.model.assess.ActorDirectory;
import org.levermap.model.assess.AnswerStatus;
import org.levermap.model.assess.CitationText;
import org.levermap.model.assess.CollectedHolding;
import org.levermap.model.assess.ControlBasis;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.assess.HoldingText;
import org.levermap.model.assess.Lever;
import org.levermap.model.assess.PhraseKey;
import org.levermap.model.assess.Question;
import org.levermap.model.assess.ReasonCode;
import org.levermap.model.change.ChangeKind;
import org.levermap.model.change.ChangeText;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

class WordsTest {

    private final Words words = new Words(Phrasebook.standard(), ActorDirectory.of(List.of(
            new Actor("daniel", "Daniel Stenberg", ActorKind.PERSON, null, null, null, null, null),
            new Actor("haxx", "Haxx AB", ActorKind.COMPANY, null, null, null, null, null),
            new Actor("asf", "Apache Software Foundation", ActorKind.FOUNDATION, null, null, null, null, null))));

    @Test
    void aPersonIsWhoAnOrganisationWhich() {
        Phrase controller = Phrase.of(PhraseKey.LICENSE_PERMISSIVE_CONTROLLER).text("license", "curl")
                .term("basis", ControlBasis.ADMINS);
        assertEquals("The code is under a permissive license (curl): Daniel Stenberg, who holds the admin rights, can"
                + " release future versions under another license.", words.say(controller.actor("holder", "daniel")));
        assertEquals("The code is under a permissive license (curl): Haxx AB, which holds the admin rights, can"
                + " release future versions under another license.", words.say(controller.actor("holder", "haxx")));
    }

    @Test
    void actorsAreNamedAndListed() {
        assertEquals("Changing the license needs Apache Software Foundation, Daniel Stenberg and Haxx AB together.",
                words.say(Phrase.of(PhraseKey.LICENSE_TOGETHER).actors("holders", List.of("asf", "daniel", "haxx"))));
        assertEquals("Changing the license needs nobody together.",
                words.say(Phrase.of(PhraseKey.LICENSE_TOGETHER).actors("holders", List.of())));
        assertEquals("Only unknown-id can change the license.",
                words.say(Phrase.of(PhraseKey.LICENSE_SOLE).actor("holder", "unknown-id")), "an unknown id is shown as is");
    }

    @Test
    void kindsTermsAndCapitalsFillTheirPlaces() {
        assertEquals("Legal entity: held by Apache Software Foundation (a foundation).",
                words.say(Phrase.of(ReasonCode.FOUNDATION_HOLDS_ENTITY_OR_NAME).term("lever", Lever.LEGAL_ENTITY)
                        .actor("holder", "asf")));
        Phrase account = Phrase.of(PhraseKey.FORGE_ACCOUNT).term("forge", ForgeKind.GITHUB)
                .term("kind", AccountKind.USER).text("owner", "zoe");
        assertEquals("The GitHub user zoe alone holds the admin rights and chooses who else gets them.",
                words.say(Phrase.of(PhraseKey.ADMINS_OWNER_USER).part("account", account)));
    }

    @Test
    void anAbsentOptionalPartSaysNothing() {
        Phrase every = Phrase.of(PhraseKey.LICENSE_EVERY_HOLDER).text("license", "GPL-3.0-only");
        assertEquals("The code is under a copyleft license (GPL-3.0-only) and contributors sign no CLA: changing the"
                + " license needs the consent of every copyright holder.", words.say(every));
        assertEquals("The code is under a copyleft license (GPL-3.0-only) and contributors sign no CLA: changing the"
                + " license needs the consent of every copyright holder (Haxx AB among them). Their DCO sign-offs"
                + " grant nobody that right.", words.say(every
                .part("among", Phrase.of(PhraseKey.LICENSE_EVERY_HOLDER_AMONG).actors("holders", List.of("haxx")))
                .part("dco", Phrase.of(PhraseKey.LICENSE_DCO_GRANTS_NOTHING))));
    }

    @Test
    void countsSharesDaysAndListsAreWritten() {
        assertEquals("stopped syncing: last merged upstream on 2023-06-01, 395 days before 2024-06-30 (more than 365)",
                words.say(Phrase.of(ReasonCode.FORK_STOPPED_SYNCING).day("since", LocalDate.parse("2023-06-01"))
                        .count("days", 395).day("date", LocalDate.parse("2024-06-30")).count("period", 365)));
        assertEquals("Haxx AB (a company) makes 63% of the commits, and no other holder of the legal entity, the name"
                + " or the final decisions is documented.", words.say(Phrase.of(ReasonCode.COMPANY_MAKES_MOST_COMMITS)
                .actor("company", "haxx").share("share", 0.625)));
        assertEquals("The fork of Redis is hard: renamed: Redis at the fork point, Valkey now; licenses differ: the fork"
                + " is under BSD-3-Clause, upstream under SSPL-1.0.", words.say(Phrase.of(ChangeText.FORK_HARD)
                .text("upstream", "Redis").several("reasons", List.of(
                        new Arg.Part(Phrase.of(ReasonCode.FORK_RENAMED).text("atFork", "Redis").text("now", "Valkey")),
                        new Arg.Part(Phrase.of(ReasonCode.FORK_LICENSES_DIFFER).text("now", "BSD-3-Clause")
                                .text("upstream", "SSPL-1.0"))), Arg.Joint.SEMICOLON)));
    }

    @Test
    void citationsNameWhatWasReadFromWhichApiAndWhen() {
        Phrase team = Phrase.of(CitationText.BYPASS_TEAM).text("id", "234")
                .part("mode", Phrase.of(CitationText.BYPASS_PULL_REQUEST_ONLY));
        Phrase bypass = Phrase.of(CitationText.RULESET_BYPASS).text("ruleset", "main").several("actors",
                List.of(new Arg.Part(Phrase.of(CitationText.BYPASS_ORGANIZATION_ADMINS)), new Arg.Part(team)),
                Arg.Joint.COMMA);
        assertEquals("The ruleset \u201cmain\u201d lets the organisation's admins, the team with id 234 (through a pull"
                + " request only) bypass its rules (collected from the GitHub API on 2026-11-27)",
                words.say(Phrase.of(CitationText.FROM_FORGE_API).part("what", bypass).term("forge", ForgeKind.GITHUB)
                        .day("read", LocalDate.parse("2026-11-27"))));
        assertEquals("Repository owner (collected from the GitLab API on 2026-11-27, field owner)",
                words.say(Phrase.of(CitationText.FROM_FORGE_API).part("what", Phrase.of(CitationText.REPOSITORY_OWNER))
                        .term("forge", ForgeKind.GITLAB).day("read", LocalDate.parse("2026-11-27"))
                        .part("field", Phrase.of(CitationText.API_FIELD).text("field", "owner"))));
        assertEquals("Right to change the license", words.say(Phrase.of(CitationText.LEVER).term("lever", Lever.LICENSE_CHANGE)));
    }

    @Test
    void aCollectedHoldingNamesTheAccountWithItsKindAndWhatItCanDo() {
        CollectedHolding h = new CollectedHolding(Lever.ADMINS, null, Phrase.of(HoldingText.ACCOUNT).text("account", "acme")
                .part("kind", Phrase.of(HoldingText.ACCOUNT_KIND).term("kind", AccountKind.ORGANIZATION)),
                Phrase.of(HoldingText.OWNS_REPOSITORY).text("forge", "github"), List.of());
        assertEquals("acme (organisation): owns the repository on github: can delete, rename or transfer it and choose"
                + " its admins", words.say(h.statement()));
    }

    @Test
    void aTermNamedOnItsOwnIsCapitalised() {
        assertEquals("Right to change the license", words.title(Lever.LICENSE_CHANGE));
        assertEquals("right to change the license", words.term(Lever.LICENSE_CHANGE));
        assertEquals("Corporate-led", words.title(GovernanceModel.CORPORATE_LED));
        assertEquals("Single actor", words.title(AnswerStatus.SINGLE_ACTOR));
        assertEquals("Governance document", words.title(ChangeKind.DOCUMENT));
        assertEquals("Who can change the license?", words.term(Question.LICENSE));
    }

    @Test
    void flagsHaveALabelAndADescription() {
        assertEquals("Relicensable by one actor", words.label(Flag.LICENSE_SINGLE_ACTOR));
        assertEquals("One actor alone can change the license.", words.description(Flag.LICENSE_SINGLE_ACTOR));
    }

    @Test
    void untrustedTextIsLeftForTheFormatToEscapeAndNoPlaceholderInItIsFilled() {
        assertEquals("Only {holder} <b>x</b> can delete or rename the repository.",
                words.say(Phrase.of(PhraseKey.REPOSITORY_SOLE).actor("holder", "{holder} <b>x</b>")));
        assertNull(words.say(null));
    }
}
