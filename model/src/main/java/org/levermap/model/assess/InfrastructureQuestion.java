package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import org.levermap.model.ResourceFacts;

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
        Answer curated = fromLever(facts, Lever.INFRASTRUCTURE, "{} alone provides the infrastructure.",
                "The infrastructure is provided by {}.");
        if (curated != null) {
            return curated;
        }
        if (facts.documented(Lever.FUNDING)) {
            return new Answer(question(), AnswerStatus.UNCLEAR, List.copyOf(facts.holders(Lever.FUNDING)),
                    "Funders are documented, but not who pays for the infrastructure.",
                    QuestionRule.cite(Lever.FUNDING, facts.facts(Lever.FUNDING)));
        }
        List<Citation> links = new ArrayList<>();
        if (facts.snapshot != null && facts.snapshot.resources() != null) {
            for (ResourceFacts.FundingLink link : facts.snapshot.resources().funding()) {
                if (link != null && link.evidence() != null) {
                    links.add(Citation.of("Funding: " + link.platform(), link.evidence()));
                }
            }
            if (!facts.snapshot.resources().funding().isEmpty()) {
                return answer(AnswerStatus.UNCLEAR, "The repository asks for donations, but does not say who pays"
                        + " for the infrastructure.", links);
            }
        }
        return answer(AnswerStatus.UNDEFINED, "Nothing says who pays for the infrastructure.", List.of());
    }
}
