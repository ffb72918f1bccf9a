package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;
import org.levermap.model.phrase.Phrase;

/**
 * Corporate-led: one company alone holds the final decisions, the legal entity or the name; or the
 * company owning the repository also holds the license (it alone holds the curated right to change it,
 * it is the licensor the copyright lines name, or it is the counterparty of the CLA contributors sign),
 * or alone holds its admin rights while no decision process is documented, or does most of the work
 * ({@link OwnerWork}); or, with none of the three decisive levers documented, one company makes more
 * than half of the commits.
 */
final class CorporateRule implements GovernanceModelRule {

    private static final List<Lever> DECISIVE = List.of(Lever.DECISIONS, Lever.LEGAL_ENTITY, Lever.BRAND);

    @Override
    public Optional<Verdict> apply(Facts facts) {
        for (Lever lever : DECISIVE) {
            Optional<String> company = facts.soleHolder(lever).filter(h -> isCompany(facts, h));
            if (company.isPresent()) {
                return verdict(Reason.code(ReasonCode.COMPANY_HOLDS_DECISIVE_LEVER)
                        .actor("company", company.get()).term("lever", lever));
            }
        }
        Optional<String> owner = facts.repositoryOwner().filter(h -> isCompany(facts, h));
        if (owner.isPresent()) {
            String account = facts.repositoryAccount().orElseThrow();
            Optional<Phrase> license = license(facts, owner.get());
            if (license.isPresent()) {
                return verdict(Reason.code(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_LICENSE)
                        .actor("company", owner.get()).text("account", account).part("how", license.get()));
            }
            if (!facts.documented(Lever.DECISIONS) && facts.soleHolder(Lever.ADMINS).filter(owner.get()::equals)
                    .isPresent()) {
                return verdict(Reason.code(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_ADMINS)
                        .actor("company", owner.get()).text("account", account));
            }
            Optional<Phrase> work = OwnerWork.of(facts, owner.get());
            if (work.isPresent()) {
                return verdict(Reason.code(ReasonCode.COMPANY_HOLDS_REPOSITORY_AND_WORK)
                        .actor("company", owner.get()).text("account", account).part("work", work.get()));
            }
        }
        if (DECISIVE.stream().noneMatch(facts::documented)) {
            Optional<Concentration.Organisation> top = facts.topOrganisation();
            if (top.isPresent() && top.get().share() > Facts.MAJORITY && top.get().actor() != null
                    && isCompany(facts, facts.actors.group(top.get().actor(), facts.date))) {
                String company = facts.actors.group(top.get().actor(), facts.date);
                return verdict(Reason.code(ReasonCode.COMPANY_MAKES_MOST_COMMITS)
                        .actor("company", company).share("share", top.get().share()));
            }
        }
        return Optional.empty();
    }

    /** How {@code owner} holds the license, when it does. */
    private static Optional<Phrase> license(Facts facts, String owner) {
        if (facts.holders(Lever.LICENSE_CHANGE).equals(java.util.Set.of(owner))) {
            return Optional.of(Phrase.of(PhraseKey.OWNER_HOLDS_CURATED_LICENSE_RIGHT));
        }
        if (Licensor.of(facts).filter(owner::equals).isPresent()) {
            return Optional.of(Phrase.of(PhraseKey.OWNER_IS_LICENSOR));
        }
        // A CLA that names no holder goes to whoever controls the repository and the name.
        if (facts.claRequired() && facts.holders(Lever.LICENSE_CHANGE).isEmpty()
                && Controller.of(facts).filter(owner::equals).isPresent()) {
            return Optional.of(Phrase.of(PhraseKey.OWNER_IS_CLA_COUNTERPARTY));
        }
        return Optional.empty();
    }

    private static boolean isCompany(Facts facts, String group) {
        return facts.kindOf(group) == ActorKind.COMPANY;
    }

    private static Optional<Verdict> verdict(Phrase reason) {
        return Optional.of(Verdict.of(GovernanceModel.CORPORATE_LED, reason));
    }
}
