package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;

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
            return single(facts, curated.first(), ReasonCode.CURATED_HOLDER, "Only {} can change the license.", evidence);
        }
        if (curated.size() > 1) {
            return answer(AnswerStatus.CLEAR, List.copyOf(curated), ReasonCode.CURATED_HOLDERS_TOGETHER,
                    "Changing the license needs " + Names.join(curated, facts.actors) + " together.", evidence, null);
        }
        LicenseFamily family = facts.licenseFamily();
        String license = facts.license() == null ? null : facts.license().spdx();
        if (family == LicenseFamily.PERMISSIVE) {
            return Controller.control(facts)
                    .map(c -> single(facts, c.group(), ReasonCode.PERMISSIVE_CONTROLLER, "The code is under a permissive"
                            + " license (" + license + "): {}, which " + c.basis() + ", can release"
                            + " future versions under another license.", evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.PERMISSIVE_CONTROLLER_UNKNOWN,
                            "The code is under a permissive license (" + license + "): whoever controls the repository"
                                    + " and the name can release future versions under another license, and the data"
                                    + " does not say who that is.", evidence,
                            "who owns the repository or holds the name (a curated name or legal-entity holder)"));
        }
        if (COPYLEFT.contains(family)) {
            return copyleft(facts, license, evidence);
        }
        if (family != LicenseFamily.UNKNOWN) {
            return Licensor.of(facts)
                    .map(l -> single(facts, l, ReasonCode.LICENSOR, "{}, the licensor its copyright lines name, sets the"
                            + " terms of " + license + " and can change them.", evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.LICENSOR_UNKNOWN,
                            "The license (" + license + ") is the licensor's offer, and the data does not say who the"
                                    + " licensor is.", evidence, "the licensor named in the license text"));
        }
        return facts.documented(Lever.LICENSE_CHANGE)
                ? answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.LICENSOR_UNKNOWN, "The license is documented, but"
                        + " not who holds the right to change it.", evidence, "the licensor named in the license text")
                : answer(AnswerStatus.UNDEFINED, List.of(), ReasonCode.LICENSE_UNKNOWN, "The license is not known, so"
                        + " neither is who can change it.", evidence, "the license file of the repository");
    }

    private Answer copyleft(Facts facts, String license, List<Citation> evidence) {
        if (facts.claRequired()) {
            return Controller.of(facts)
                    .map(c -> single(facts, c, ReasonCode.CLA_COUNTERPARTY, "The code is under a copyleft license ("
                            + license + ") and contributors sign a CLA with {}, which can relicense alone.", evidence))
                    .orElseGet(() -> answer(AnswerStatus.UNCLEAR, List.of(), ReasonCode.CLA_COUNTERPARTY_UNKNOWN,
                            "Contributors sign a CLA, and the data does not say with whom.", evidence,
                            "the CLA's counterparty (the CLA text, or who owns the repository)"));
        }
        SortedSet<String> holders = new TreeSet<>();
        for (LicenseFacts.CopyrightHolder h : Licensor.ownHolders(facts)) {
            if (h.actor() != null) {
                holders.add(facts.actors.group(h.actor(), facts.date));
            }
        }
        ContributionFacts.Terms terms = facts.contribution() == null ? null : facts.contribution().terms();
        boolean dco = terms != null && terms.dcoShare() != null && terms.dcoShare() > Facts.MAJORITY;
        return answer(AnswerStatus.CLEAR, List.copyOf(holders), ReasonCode.EVERY_HOLDER_CONSENTS, "The code is under a"
                + " copyleft license (" + license + ") and contributors sign no CLA: changing the license needs the"
                + " consent of every copyright holder" + (holders.isEmpty() ? "" : " (" + Names.join(holders,
                facts.actors) + " among them)") + "." + (dco ? " Their DCO sign-offs grant nobody that right." : ""),
                evidence, null);
    }

    private Answer single(Facts facts, String holder, ReasonCode code, String sentence, List<Citation> evidence) {
        return answer(AnswerStatus.SINGLE_ACTOR, List.of(holder), code,
                sentence.replace("{}", facts.actors.name(holder)), evidence, null);
    }

    private Answer answer(AnswerStatus status, List<String> holders, ReasonCode code, String summary,
            List<Citation> evidence, String wouldDecide) {
        return new Answer(question(), status, holders, summary, evidence, code, wouldDecide);
    }

    /** The curated facts of the right, the project's own copyright lines and the CLA's files. */
    private static List<Citation> evidence(Facts facts) {
        List<Citation> evidence = new ArrayList<>(QuestionRule.cite(Lever.LICENSE_CHANGE, facts.facts(Lever.LICENSE_CHANGE)));
        for (LicenseFacts.CopyrightHolder h : Licensor.ownHolders(facts)) {
            if (h.evidence() != null) {
                evidence.add(Citation.of("Copyright: " + h.name(), h.evidence()));
            }
        }
        if (facts.claRequired()) {
            for (Evidence e : facts.contribution().terms().claEvidence()) {
                if (e != null) {
                    evidence.add(Citation.of("CLA", e));
                }
            }
        }
        return evidence;
    }
}
