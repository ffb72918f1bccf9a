package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * Answers from what the platforms' APIs said (a snapshot's {@code platforms}), for the questions the
 * curated levers leave open, and the citations that complete a curated answer. A collected citation
 * says it was collected, from which API and on which day; a curated one cites its source.
 *
 * <p>The account owning the repository on its forge can delete, rename or transfer it, and chooses
 * who gets admin rights. A user account is one person; an organisation is one actor when its name is
 * a known actor's, otherwise its owners are not public and the answer says so.
 */
final class CollectedLevers {

    private final Facts facts;

    CollectedLevers(Facts facts) {
        this.facts = facts;
    }

    private ForgeFacts forge() {
        PlatformFacts p = facts.snapshot == null ? null : facts.snapshot.platforms();
        return p == null || p.forge() == null || p.forge().owner() == null ? null : p.forge();
    }

    /** Who can delete or rename the repository, from its forge owner; null when not collected. */
    Answer repository(Question question) {
        return fromOwner(question, PhraseKey.REPOSITORY_OWNER_ACTOR, PhraseKey.REPOSITORY_OWNER_USER,
                PhraseKey.REPOSITORY_OWNER_ORGANISATION, List.of());
    }

    /** Who has admin access, from the forge owner, when no admin is curated; null when not collected. */
    Answer adminAccess(Question question, List<Citation> governance) {
        return fromOwner(question, PhraseKey.ADMINS_OWNER_ACTOR, PhraseKey.ADMINS_OWNER_USER,
                PhraseKey.ADMINS_OWNER_ORGANISATION, governance);
    }

    /**
     * The answer the forge owner gives: one actor when it is a known actor or a personal account, else
     * unclear (an organisation whose owners are not public), which also cites {@code unclearAlsoCites}.
     * Each statement names the owning account as {@code account}; the organisation's names its public
     * members as {@code members}.
     */
    private Answer fromOwner(Question question, PhraseKey byActor, PhraseKey byUser, PhraseKey byOrganisation,
            List<Citation> unclearAlsoCites) {
        ForgeFacts f = forge();
        if (f == null) {
            return null;
        }
        Optional<String> actor = owner(f);
        List<Citation> evidence = ownerCitations(f);
        if (actor.isPresent()) {
            return new Answer(question, AnswerStatus.SINGLE_ACTOR, List.of(actor.get()),
                    withAccount(byActor, f).actor("actor", actor.get()), evidence, ReasonCode.OWNS_THE_REPOSITORY, null);
        }
        if (f.ownerKind() == AccountKind.USER) {
            return new Answer(question, AnswerStatus.SINGLE_ACTOR, List.of(), withAccount(byUser, f), evidence,
                    ReasonCode.PERSON_OWNS_REPOSITORY, null);
        }
        evidence.addAll(unclearAlsoCites);
        return new Answer(question, AnswerStatus.UNCLEAR, List.of(), withAccount(byOrganisation, f)
                .part("members", members(f)), evidence, null, withAccount(PhraseKey.DECIDE_ORGANISATION_OWNERS, f));
    }

    private static Phrase withAccount(PhraseKey key, ForgeFacts f) {
        return Phrase.of(key).part("account", Phrase.of(f.ownerKind() == null ? PhraseKey.FORGE_ACCOUNT_OF_UNKNOWN_KIND
                : PhraseKey.FORGE_ACCOUNT).term("forge", f.kind()).term("kind", f.ownerKind()).text("owner", f.owner()));
    }

    /** A curated answer with the collected owner cited beside its sources. */
    Answer completing(Answer curated) {
        ForgeFacts f = forge();
        if (curated == null || f == null) {
            return curated;
        }
        List<Citation> evidence = new ArrayList<>(curated.evidence());
        evidence.addAll(ownerCitations(f));
        return new Answer(curated.question(), curated.status(), curated.holders(), curated.summary(), evidence,
                curated.reason(), curated.wouldDecide());
    }

    private Optional<String> owner(ForgeFacts f) {
        String orgName = f.organisation() == null ? null : f.organisation().name();
        return AccountMatch.actor(facts.actors, f.owner(), orgName).map(id -> facts.actors.group(id, facts.date));
    }

    /** The organisation's public members (the first five), or null when none are public. */
    private static Phrase members(ForgeFacts f) {
        if (f.organisation() == null || f.organisation().members().isEmpty()) {
            return null;
        }
        List<String> m = f.organisation().members();
        return Phrase.of(m.size() == 1 ? PhraseKey.PUBLIC_MEMBER : PhraseKey.PUBLIC_MEMBERS).count("count", m.size())
                .several("names", m.subList(0, Math.min(5, m.size())).stream().<Arg>map(Arg.Text::new).toList(),
                        Arg.Joint.COMMA)
                .part("more", m.size() > 5 ? Phrase.of(PhraseKey.MORE_MEMBERS) : null);
    }

    private static List<Citation> ownerCitations(ForgeFacts f) {
        List<Citation> citations = new ArrayList<>();
        citations.add(cite(Phrase.of(CitationText.REPOSITORY_OWNER), f, f.evidence().field("owner")));
        if (f.organisation() != null) {
            citations.add(cite(Phrase.of(CitationText.ORGANISATION_PROFILE), f, f.organisation().evidence()));
            if (f.organisation().membersEvidence() != null) {
                citations.add(cite(Phrase.of(CitationText.PUBLIC_MEMBERS), f, f.organisation().membersEvidence()));
            }
        }
        return citations;
    }

    /** Cites an answer of {@code f}'s forge API, showing {@code what}; also {@link BranchRules}'s. */
    static Citation cite(Phrase what, ForgeFacts f, ApiEvidence e) {
        return new Citation(Phrase.of(CitationText.FROM_FORGE_API).part("what", what).term("forge", f.kind())
                .day("read", e.read()).part("field", CitationText.field(e)), e.url(), null);
    }
}
