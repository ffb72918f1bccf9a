package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.CuratedFact;

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
    default Answer fromLever(Facts facts, Lever lever, String soleSentence, String sharedSentence) {
        List<CuratedFact> current = facts.facts(lever);
        if (current.isEmpty()) {
            return null;
        }
        List<Citation> evidence = cite(lever, current);
        var sole = facts.soleHolder(lever);
        if (sole.isPresent()) {
            return new Answer(question(), AnswerStatus.SINGLE_ACTOR, List.of(sole.get()),
                    soleSentence.replace("{}", facts.actors.name(sole.get())), evidence);
        }
        List<String> parts = new ArrayList<>();
        if (!facts.holders(lever).isEmpty()) {
            parts.add(Names.join(facts.holders(lever), facts.actors));
        }
        current.stream().filter(f -> f.value() != null).forEach(f -> parts.add(f.value()));
        return new Answer(question(), AnswerStatus.CLEAR, List.copyOf(facts.holders(lever)),
                sharedSentence.replace("{}", String.join("; ", parts)), evidence);
    }

    static List<Citation> cite(Lever lever, List<CuratedFact> facts) {
        return facts.stream().map(f -> Citation.of(lever.label(), f)).toList();
    }

    default Answer answer(AnswerStatus status, String summary, List<Citation> evidence) {
        return new Answer(question(), status, List.of(), summary, evidence);
    }
}
