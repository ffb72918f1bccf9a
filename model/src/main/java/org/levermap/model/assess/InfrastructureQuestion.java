package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.ResourceFacts;
import org.levermap.model.phrase.Phrase;

/**
 * Who pays for the infrastructure: the holders of the infrastructure lever; else, when funders are
 * documented or the repository asks for funding, unclear; else undefined.
 */
final class InfrastructureQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.INFRASTRUCTURE;
    }

    @Override
    public Answer answer(Facts facts) {
        Answer curated = fromLever(facts, Lever.INFRASTRUCTURE, PhraseKey.INFRASTRUCTURE_SOLE,
                PhraseKey.INFRASTRUCTURE_SHARED);
        if (curated != null) {
            return curated;
        }
        if (facts.documented(Lever.FUNDING)) {
            return new Answer(question(), AnswerStatus.UNCLEAR, List.copyOf(facts.holders(Lever.FUNDING)),
                    Phrase.of(PhraseKey.INFRASTRUCTURE_FUNDERS_ONLY),
                    QuestionRule.cite(Lever.FUNDING, facts.facts(Lever.FUNDING)));
        }
        List<Citation> links = new ArrayList<>();
        if (facts.snapshot != null && facts.snapshot.resources() != null) {
            for (ResourceFacts.FundingLink link : facts.snapshot.resources().funding()) {
                if (link != null && link.evidence() != null) {
                    links.add(Citation.of(Phrase.of(CitationText.FUNDING).text("platform", link.platform()),
                            link.evidence()));
                }
            }
            if (!facts.snapshot.resources().funding().isEmpty()) {
                return answer(AnswerStatus.UNCLEAR, PhraseKey.INFRASTRUCTURE_DONATIONS_ONLY, links);
            }
        }
        return answer(AnswerStatus.UNDEFINED, PhraseKey.INFRASTRUCTURE_UNDOCUMENTED, List.of());
    }
}
