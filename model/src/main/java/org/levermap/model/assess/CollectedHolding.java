package org.levermap.model.assess;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * A lever a platform's API shows an account holding, as collected (not curated): the repository's
 * owner on its forge, the weights' owner on the hub, the accounts that can publish a package name, the
 * domain's registrant.
 *
 * @param lever the lever it bears on
 * @param actor the actor the account is (a top-level group), or null when no actor matches it
 * @param account the account as the platform names it, with its kind when known (a {@link HoldingText})
 * @param observed what the account can do, as a statement worded at the edge
 * @param evidence the API URLs it was read from
 */
public record CollectedHolding(Lever lever, String actor, Phrase account, Phrase observed, List<Citation> evidence) {

    public CollectedHolding {
        evidence = List.copyOf(evidence);
    }

    /** The account and what it can do, as one statement ("acme (organisation): owns the repository…"). */
    public Phrase statement() {
        return Phrase.of(HoldingText.HELD).part("account", account).part("observed", observed);
    }
}
