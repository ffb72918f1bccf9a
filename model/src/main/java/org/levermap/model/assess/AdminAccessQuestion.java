package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.ContributionFacts;
import org.levermap.model.DocumentKind;
import org.levermap.model.phrase.Phrase;

/**
 * Who has admin access and how they are chosen: one actor alone holding the admin rights is a single
 * actor (it chooses); admins documented together with a governance document or a decision process are
 * clear; admins without either, or a governance document without admins, are unclear; else undefined.
 * Who the forge's branch rules let past them (ruleset bypass actors, who alone may push or merge) is
 * cited beside any answer ({@link BranchRules}).
 */
final class AdminAccessQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.ADMIN_ACCESS;
    }

    @Override
    public Answer answer(Facts facts) {
        return withBranchRules(decide(facts), facts);
    }

    /** The answer with what the forge's branch rules say about who gets past them (issue 12) among its evidence. */
    private static Answer withBranchRules(Answer a, Facts facts) {
        List<Citation> rules = BranchRules.citations(facts.snapshot == null || facts.snapshot.platforms() == null
                ? null : facts.snapshot.platforms().forge());
        if (rules.isEmpty() || a.status() == AnswerStatus.UNDEFINED) {
            return a;
        }
        List<Citation> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(rules);
        return new Answer(a.question(), a.status(), a.holders(), a.summary(), evidence, a.reason(), a.wouldDecide());
    }

    private Answer decide(Facts facts) {
        List<Citation> governance = governanceDocuments(facts);
        boolean process = !governance.isEmpty() || facts.documented(Lever.DECISIONS);
        Answer admins = fromLever(facts, Lever.ADMINS, PhraseKey.ADMINS_SOLE, PhraseKey.ADMINS_SHARED);
        // Issue 12: curated admins come first, completed by the collected forge owner; else the owner answers.
        CollectedLevers collected = new CollectedLevers(facts);
        admins = collected.completing(admins);
        if (admins == null) {
            Answer fromForge = collected.adminAccess(question(), governance);
            if (fromForge != null) {
                return fromForge;
            }
        }
        if (admins != null && admins.status() == AnswerStatus.SINGLE_ACTOR) {
            return admins;
        }
        List<Citation> evidence = new ArrayList<>(admins == null ? List.of() : admins.evidence());
        evidence.addAll(governance);
        if (admins != null && process) {
            return new Answer(question(), AnswerStatus.CLEAR, admins.holders(),
                    Phrase.of(PhraseKey.ADMINS_CHOSEN_BY_GOVERNANCE).part("admins", admins.summary()), evidence);
        }
        if (admins != null) {
            return new Answer(question(), AnswerStatus.UNCLEAR, admins.holders(),
                    Phrase.of(PhraseKey.ADMINS_CHOICE_UNDOCUMENTED).part("admins", admins.summary()), evidence);
        }
        if (!governance.isEmpty()) {
            return answer(AnswerStatus.UNCLEAR, PhraseKey.ADMINS_GOVERNANCE_ONLY, evidence);
        }
        return answer(AnswerStatus.UNDEFINED, PhraseKey.ADMINS_UNDOCUMENTED, List.of());
    }

    static List<Citation> governanceDocuments(Facts facts) {
        ContributionFacts c = facts.contribution();
        if (c == null) {
            return List.of();
        }
        return c.documents().stream().filter(d -> d != null && d.kind() == DocumentKind.GOVERNANCE)
                .map(d -> Citation.of(Phrase.of(CitationText.GOVERNANCE_DOCUMENT), d.evidence())).toList();
    }
}
