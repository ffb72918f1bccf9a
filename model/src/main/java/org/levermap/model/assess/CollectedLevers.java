package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ForgeFacts;
import org.levermap.model.PlatformFacts;

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
        return fromOwner(question, "Only {actor} can delete or rename the repository: {account} owns it.",
                "Only {account} can delete or rename the repository: a personal account owns it.",
                "{Account} owns the repository: its owners can delete or rename it, and who they are is not"
                        + " public{members}.", List.of());
    }

    /** Who has admin access, from the forge owner, when no admin is curated; null when not collected. */
    Answer adminAccess(Question question, List<Citation> governance) {
        return fromOwner(question, "{actor} holds the admin rights through {account} and chooses who else gets them.",
                "{Account} alone holds the admin rights and chooses who else gets them.",
                "The owners of {account} hold the admin rights; who they are and how they are chosen is not"
                        + " public{members}.", governance);
    }

    /**
     * The answer the forge owner gives: one actor when it is a known actor or a personal account, else
     * unclear (an organisation whose owners are not public), which also cites {@code unclearAlsoCites}.
     */
    private Answer fromOwner(Question question, String byActor, String byUser, String byOrganisation,
            List<Citation> unclearAlsoCites) {
        ForgeFacts f = forge();
        if (f == null) {
            return null;
        }
        Optional<String> actor = owner(f);
        List<Citation> evidence = ownerCitations(f);
        if (actor.isPresent()) {
            return new Answer(question, AnswerStatus.SINGLE_ACTOR, List.of(actor.get()),
                    fill(byActor.replace("{actor}", facts.actors.name(actor.get())), f), evidence,
                    ReasonCode.OWNS_THE_REPOSITORY, null);
        }
        if (f.ownerKind() == AccountKind.USER) {
            return new Answer(question, AnswerStatus.SINGLE_ACTOR, List.of(), fill(byUser, f), evidence,
                    ReasonCode.PERSON_OWNS_REPOSITORY, null);
        }
        evidence.addAll(unclearAlsoCites);
        return new Answer(question, AnswerStatus.UNCLEAR, List.of(), fill(byOrganisation, f), evidence, null,
                fill("the owners of {account}, curated as the admins lever with a source, or an actor whose id or"
                        + " alias is the organisation's name", f));
    }

    private static String fill(String sentence, ForgeFacts f) {
        String account = account(f);
        return sentence.replace("{Account}", capital(account)).replace("{account}", account)
                .replace("{members}", members(f));
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

    private static String account(ForgeFacts f) {
        String kind = f.ownerKind() == AccountKind.USER ? "user" : f.ownerKind() == AccountKind.ORGANIZATION
                ? "organisation" : "account";
        return "the " + forgeName(f) + " " + kind + " " + f.owner();
    }

    private static String capital(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String forgeName(ForgeFacts f) {
        return switch (f.kind()) {
            case GITHUB -> "GitHub";
            case GITLAB -> "GitLab";
            case FORGEJO -> "Forgejo";
        };
    }

    private static String members(ForgeFacts f) {
        if (f.organisation() == null || f.organisation().members().isEmpty()) {
            return "";
        }
        List<String> m = f.organisation().members();
        return " (" + m.size() + " public member" + (m.size() == 1 ? "" : "s") + ": "
                + String.join(", ", m.subList(0, Math.min(5, m.size()))) + (m.size() > 5 ? ", …" : "") + ")";
    }

    private static List<Citation> ownerCitations(ForgeFacts f) {
        List<Citation> citations = new ArrayList<>();
        citations.add(cite("Repository owner", f, f.evidence().field("owner")));
        if (f.organisation() != null) {
            citations.add(cite("Organisation profile", f, f.organisation().evidence()));
            if (f.organisation().membersEvidence() != null) {
                citations.add(cite("Public members", f, f.organisation().membersEvidence()));
            }
        }
        return citations;
    }

    private static Citation cite(String what, ForgeFacts f, ApiEvidence e) {
        return new Citation(what + " (collected from the " + forgeName(f) + " API on " + e.read()
                + (e.field() == null ? "" : ", field " + e.field()) + ")", e.url(), null);
    }
}
