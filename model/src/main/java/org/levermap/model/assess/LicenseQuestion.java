package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseFacts;

/**
 * Who can change the license: the curated holders of that lever; else, when contributors sign a CLA,
 * the one copyright holder (single actor) or nobody known (unclear); else, with a license observed,
 * every copyright holder together (clear); else undefined.
 */
final class LicenseQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.LICENSE;
    }

    @Override
    public Answer answer(Facts facts) {
        Answer curated = fromLever(facts, Lever.LICENSE_CHANGE, "Only {} can change the license.",
                "The right to change the license is held by {}.");
        if (curated != null) {
            return curated;
        }
        LicenseFacts license = facts.license();
        SortedSet<String> holders = new TreeSet<>();
        List<Citation> evidence = new ArrayList<>();
        if (license != null) {
            for (LicenseFacts.CopyrightHolder h : license.copyrightHolders()) {
                if (h != null && h.actor() != null) {
                    holders.add(facts.actors.group(h.actor(), facts.date));
                }
                if (h != null && h.evidence() != null) {
                    evidence.add(Citation.of("Copyright: " + h.name(), h.evidence()));
                }
            }
        }
        if (facts.claRequired()) {
            ContributionFacts.Terms terms = facts.contribution().terms();
            for (Evidence e : terms.claEvidence()) {
                if (e != null) {
                    evidence.add(Citation.of("CLA", e));
                }
            }
            if (holders.size() == 1) {
                return new Answer(question(), AnswerStatus.SINGLE_ACTOR, List.copyOf(holders),
                        facts.actors.name(holders.first()) + " holds the copyright and contributors sign a CLA: "
                                + facts.actors.name(holders.first()) + " can relicense alone.", evidence);
            }
            return new Answer(question(), AnswerStatus.UNCLEAR, List.copyOf(holders),
                    "Contributors sign a CLA, but the data does not say who holds it.", evidence);
        }
        if (license != null && license.spdx() != null) {
            return new Answer(question(), AnswerStatus.CLEAR, List.copyOf(holders),
                    "No CLA: every contributor keeps their copyright, so changing the license needs the consent of"
                            + " all copyright holders" + (holders.isEmpty() ? "" : " (" + Names.join(holders,
                            facts.actors) + " among them)") + ".", evidence);
        }
        return answer(AnswerStatus.UNDEFINED, "Neither the license holders nor the contribution terms are known.",
                evidence);
    }
}
