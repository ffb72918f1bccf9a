package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.phrase.Phrase;

/** Who can delete or rename the repository: the holders of the admin rights; undefined when undocumented. */
final class RepositoryQuestion implements QuestionRule {

    @Override
    public Question question() {
        return Question.REPOSITORY;
    }

    @Override
    public Answer answer(Facts facts) {
        Answer curated = fromLever(facts, Lever.ADMINS, PhraseKey.REPOSITORY_SOLE,
                PhraseKey.REPOSITORY_SHARED);
        // Issue 12: a curated lever completes or corrects the collected forge owner.
        CollectedLevers collected = new CollectedLevers(facts);
        Answer fromForge = collected.repository(question());
        if (curated != null) {
            return collected.completing(curated);
        }
        if (fromForge != null) {
            return fromForge;
        }
        Answer fromAddress = byAddress(facts);
        return fromAddress != null ? fromAddress : answer(AnswerStatus.UNDEFINED,
                PhraseKey.REPOSITORY_UNDOCUMENTED, List.of());
    }

    /**
     * When neither a curated admin nor a collected owner is known: the account in the repository's own
     * address ({@code github.com/<account>/…}) owns it, and whoever holds that account can delete or
     * rename it. Only an account that a known actor claims (by id or alias) names a holder; any other
     * account stays undefined, since the address alone does not say who holds it.
     */
    private Answer byAddress(Facts facts) {
        Optional<String> holder = facts.repositoryOwner();
        Optional<String> account = facts.repositoryAccount();
        if (holder.isEmpty() || account.isEmpty() || facts.project.repository() == null) {
            return null;
        }
        Citation address = new Citation(Phrase.of(CitationText.REPOSITORY_ADDRESS),
                facts.project.repository(), null);
        return new Answer(question(), AnswerStatus.SINGLE_ACTOR, List.of(holder.get()),
                Phrase.of(PhraseKey.REPOSITORY_BY_ADDRESS).actor("holder", holder.get()).text("account", account.get()),
                List.of(address), ReasonCode.OWNS_THE_REPOSITORY, null);
    }
}
