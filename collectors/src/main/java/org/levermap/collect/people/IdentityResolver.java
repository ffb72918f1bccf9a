package org.levermap.collect.people;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.levermap.collect.git.Mailmap;

/**
 * Resolves commit identities: the {@code .mailmap} of the snapshot's commit, then the lower-cased
 * e-mail; and tells bots apart ({@link BotRule}). Nothing more is decided at collection: affiliation
 * is judged when the site is built, from the actors as they are then.
 */
public final class IdentityResolver {

    private final Mailmap mailmap;
    private final BotActors bots;
    private final Map<String, Identity> cache = new HashMap<>();

    public IdentityResolver(Mailmap mailmap) {
        this(mailmap, BotActors.NONE);
    }

    /** A resolver that also takes the data repository's {@code kind: bot} actors for automation accounts. */
    public IdentityResolver(Mailmap mailmap, BotActors bots) {
        this.mailmap = mailmap;
        this.bots = bots;
    }

    /** The identity of a recorded name and e-mail. */
    public Identity resolve(Mailmap.Ident recorded) {
        return cache.computeIfAbsent(recorded.name() + '\n' + recorded.email(), k -> compute(recorded));
    }

    private Identity compute(Mailmap.Ident recorded) {
        Mailmap.Ident mapped = mailmap.map(recorded.name(), recorded.email());
        String email = mapped.email().strip().toLowerCase(Locale.ROOT);
        String key = email.isEmpty() ? mapped.name().strip().toLowerCase(Locale.ROOT) : email;
        if (key.isEmpty()) {
            // Old commits may record neither: they still count, as one unknown author.
            key = "(unknown)";
        }
        return new Identity(key, mapped.name(), BotRule.isBot(mapped.name(), email) || bots.names(mapped.name(), email));
    }
}
