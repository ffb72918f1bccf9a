package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.license.OwnLicense;
import org.levermap.model.phrase.Phrase;

/**
 * Who can change the license. Curated holders of the right answer it (one alone: single actor; several:
 * all of them together); a curated note without a holder is evidence, never a holder. Else by the
 * license's family: permissive code can be released in future versions under other terms by whoever
 * controls the repository and the name; copyleft code needs every copyright holder's consent, unless a
 * CLA grants the right to its counterparty (the controller: a foundation's CLA grants the foundation);
 * a DCO grants nothing; the terms of a source-available, responsible-AI, non-commercial or proprietary
 * license are the licensor's, the one party its own copyright lines name. The owner of a fork's upstream
 * is never the answer, and copyright lines of third-party texts appended to a license file are not holders.
 */
final class LicenseQuestion implements QuestionRule {

    private static final List<LicenseFamily> COPYLEFT = List.of(LicenseFamily.WEAK_COPYLEFT,
            LicenseFamily.STRONG_COPYLEFT, LicenseFamily.NETWORK_COPYLEFT);

    @Override
    public Question question() {
        return Question.LICENSE;
    }

    @Override
    public Answer answer(Facts facts) {
        List<Citation> evidence = evidence(facts);
        SortedSet<String> curated = new TreeSet<>(facts.holders(Lever.LICENSE_CHANGE));
        curated.removeIf(facts::isUpstreamOwner);
        if (curated.size() == 1) {
            return single(curated.first(), ReasonCode.CURATED_HOLDER, Phrase.of(PhraseKey.LICENSE_SOLE), evidence);
        }
        if (curated.size() > 1) {
            return answer(AnswerStatus.CLEAR, List.copyOf(curated), ReasonCode.CURATED_HOLDERS_TOGETHER,
                    Phrase.of(PhraseKey.LICENSE_TOGETHER).actors("holders", curated), evidence, null);
        }
        LicenseFamily family = facts.licenseFamily();
        String license = OwnLicense.of(facts.license());
        if (family == LicenseFamily.PERMISSIVE) {
            return Controller.control(facts)
                    .map(c -> single(c.group(), ReasonCode.PERMISSIVE_CONTROLLER,
                            Phrase.of(PhraseKey.LICENSE_PERMISSIVE_CONTROLLER).text("license", license)
                                    .term("basis", c.basis()), evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.PERMISSIVE_CONTROLLER_UNKNOWN,
                            Phrase.of(PhraseKey.LICENSE_PERMISSIVE_UNKNOWN).text("license", license), evidence,
                            Phrase.of(PhraseKey.DECIDE_CONTROLLER)));
        }
        if (COPYLEFT.contains(family)) {
            return copyleft(facts, license, evidence);
        }
        if (family != LicenseFamily.UNKNOWN) {
            return Licensor.of(facts)
                    .map(l -> single(l, ReasonCode.LICENSOR, Phrase.of(PhraseKey.LICENSE_LICENSOR)
                            .text("license", license), evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.LICENSOR_UNKNOWN,
                            Phrase.of(PhraseKey.LICENSE_LICENSOR_UNKNOWN).text("license", license), evidence,
                            Phrase.of(PhraseKey.DECIDE_LICENSOR)));
        }
        return facts.documented(Lever.LICENSE_CHANGE)
                ? answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.LICENSOR_UNKNOWN,
                        Phrase.of(PhraseKey.LICENSE_DOCUMENTED_HOLDER_UNKNOWN), evidence, Phrase.of(PhraseKey.DECIDE_LICENSOR))
                : answer(AnswerStatus.UNDEFINED, List.of(), ReasonCode.LICENSE_UNKNOWN,
                        Phrase.of(PhraseKey.LICENSE_UNKNOWN), evidence, Phrase.of(PhraseKey.DECIDE_LICENSE_FILE));
    }

    private Answer copyleft(Facts facts, String license, List<Citation> evidence) {
        if (facts.claRequired()) {
            return Controller.of(facts)
                    .map(c -> single(c, ReasonCode.CLA_COUNTERPARTY, Phrase.of(PhraseKey.LICENSE_CLA_COUNTERPARTY)
                            .text("license", license), evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.CLA_COUNTERPARTY_UNKNOWN,
                            Phrase.of(PhraseKey.LICENSE_CLA_UNKNOWN), evidence,
                            Phrase.of(PhraseKey.DECIDE_CLA_COUNTERPARTY)));
        }
        SortedSet<String> holders = new TreeSet<>();
        for (LicenseFacts.CopyrightHolder h : Licensor.ownHolders(facts)) {
            if (h.actor() != null) {
                holders.add(facts.actors.group(h.actor(), facts.date));
            }
        }
        ContributionFacts.Terms terms = facts.contribution() == null ? null : facts.contribution().terms();
        boolean dco = terms != null && terms.dcoShare() != null && terms.dcoShare() > Facts.MAJORITY;
        Phrase summary = Phrase.of(PhraseKey.LICENSE_EVERY_HOLDER).text("license", license)
                .part("among", holders.isEmpty() ? null : Phrase.of(PhraseKey.LICENSE_EVERY_HOLDER_AMONG)
                        .actors("holders", holders))
                .part("dco", dco ? Phrase.of(PhraseKey.LICENSE_DCO_GRANTS_NOTHING) : null);
        return answer(AnswerStatus.CLEAR, List.copyOf(holders), ReasonCode.EVERY_HOLDER_CONSENTS, summary, evidence,
                null);
    }

    /** A single-actor answer naming its holder as the argument {@code holder}. */
    private Answer single(String holder, ReasonCode code, Phrase summary, List<Citation> evidence) {
        return answer(AnswerStatus.SINGLE_ACTOR, List.of(holder), code, summary.actor("holder", holder), evidence, null);
    }

    private Answer answer(AnswerStatus status, List<String> holders, ReasonCode code, Phrase summary,
            List<Citation> evidence, Phrase wouldDecide) {
        return new Answer(question(), status, holders, summary, evidence, code, wouldDecide);
    }

    /** The curated facts of the right, the project's own copyright lines and the CLA's files. */
    private static List<Citation> evidence(Facts facts) {
        List<Citation> evidence = new ArrayList<>(QuestionRule.cite(Lever.LICENSE_CHANGE, facts.facts(Lever.LICENSE_CHANGE)));
        for (LicenseFacts.CopyrightHolder h : Licensor.ownHolders(facts)) {
            if (h.evidence() != null) {
                evidence.add(Citation.of(Phrase.of(CitationText.COPYRIGHT).text("holder", h.name()), h.evidence()));
            }
        }
        if (facts.claRequired()) {
            for (Evidence e : facts.contribution().terms().claEvidence()) {
                if (e != null) {
                    evidence.add(Citation.of(Phrase.of(CitationText.CLA), e));
                }
            }
        }
        return evidence;
    }
}
