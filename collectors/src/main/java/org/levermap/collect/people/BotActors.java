package org.levermap.collect.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

/**
 * The automation accounts a data repository declares: its actors of {@code kind: bot}, looked up by
 * their name and aliases (display names, e-mail addresses, logins), beside the maintained list of
 * {@link BotRule}.
 */
public final class BotActors {

    /** No declared automation accounts. */
    public static final BotActors NONE = new BotActors(Set.of());

    private final Set<String> keys;

    private BotActors(Set<String> keys) {
        this.keys = keys;
    }

    /** The bot actors among {@code actors}. */
    public static BotActors of(Collection<Actor> actors) {
        Set<String> keys = new HashSet<>();
        for (Actor a : actors) {
            if (a.kind() == ActorKind.BOT) {
                keys.add(key(a.name()));
                for (String alias : a.aliases()) {
                    keys.add(key(alias.replaceFirst("^@", "")));
                }
            }
        }
        return new BotActors(Set.copyOf(keys));
    }

    /**
     * Whether a bot actor names this author: by its display name, its e-mail address, or the
     * address's user (after a "+" for GitHub no-reply addresses).
     */
    public boolean names(String name, String email) {
        if (keys.isEmpty()) {
            return false;
        }
        String e = email == null ? "" : key(email);
        String user = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
        String login = user.contains("+") ? user.substring(user.indexOf('+') + 1) : user;
        return name != null && keys.contains(key(name)) || !e.isEmpty() && (keys.contains(e) || keys.contains(login));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
