package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.CuratedFact;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/** The rule answering one of the five questions. */
interface QuestionRule {

    /** One rule per question, in question order. */
    List<QuestionRule> ALL = List.of(new LicenseQuestion(), new RepositoryQuestion(), new InfrastructureQuestion(),
            new AdminAccessQuestion(), new DisagreementQuestion());

    Question question();

    Answer answer(Facts facts);

    /**
     * The common answer from one curated lever: one actor alone → single actor, otherwise clear; null
     * when the lever is not documented.
     */
    default Answer fromLever(Facts facts, Lever lever, PhraseKey sole, PhraseKey shared) {
        List<CuratedFact> current = facts.facts(lever);
        if (current.isEmpty()) {
            return null;
        }
        List<Citation> evidence = cite(lever, current);
        var holder = facts.soleHolder(lever);
        if (holder.isPresent()) {
            return new Answer(question(), AnswerStatus.SINGLE_ACTOR, List.of(holder.get()),
                    Phrase.of(sole).actor("holder", holder.get()), evidence);
        }
        List<Arg> parts = new ArrayList<>();
        if (!facts.holders(lever).isEmpty()) {
            parts.add(new Arg.Actors(List.copyOf(facts.holders(lever))));
        }
        current.stream().filter(f -> f.value() != null).forEach(f -> parts.add(new Arg.Text(f.value())));
        return new Answer(question(), AnswerStatus.CLEAR, List.copyOf(facts.holders(lever)),
                Phrase.of(shared).several("holders", parts, Arg.Joint.SEMICOLON), evidence);
    }

    /**
     * The citations of a lever's curated facts: labelled by the lever, and when there are several by what
     * each fact says, else by whom it names (two links reading "Right to change the license" would not
     * tell which is which).
     */
    static List<Citation> cite(Lever lever, List<CuratedFact> facts) {
        boolean several = facts.size() > 1;
        return facts.stream().map(f -> Citation.of(label(lever, several ? f : null), f)).toList();
    }

    private static Phrase label(Lever lever, CuratedFact told) {
        if (told != null && told.value() != null && !told.value().isBlank()) {
            return Phrase.of(CitationText.LEVER_VALUE).term("lever", lever).text("value", told.value());
        }
        if (told != null && told.holder() != null) {
            return Phrase.of(CitationText.LEVER_HOLDER).term("lever", lever).actor("holder", told.holder());
        }
        return Phrase.of(CitationText.LEVER).term("lever", lever);
    }

    default Answer answer(AnswerStatus status, PhraseKey summary, List<Citation> evidence) {
        return new Answer(question(), status, List.of(), Phrase.of(summary), evidence);
    }
}
