package org.levermap.collect.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

/**
 * The data repository's actors, looked up the ways commits and files name them: people by an alias
 * (a name, an e-mail address, a handle), organisations by an e-mail domain (a sub-domain counts) or
 * by a name or alias (for copyright holders).
 */
public final class ActorDirectory {

    private final Map<String, Actor> people = new HashMap<>();
    private final Map<String, Actor> byDomain = new HashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final Map<String, Actor> byId = new HashMap<>();
    private final Map<String, Actor> bots = new HashMap<>();
    private final org.levermap.model.assess.ActorDirectory groups;

    public ActorDirectory(Collection<Actor> actors) {
        for (Actor a : actors) {
            byId.put(a.id(), a);
            if (a.kind() == ActorKind.BOT) {
                bots.putIfAbsent(key(a.name()), a);
                for (String alias : a.aliases()) {
                    bots.putIfAbsent(key(alias.replaceFirst("^@", "")), a);
                }
            }
            if (a.kind() == ActorKind.PERSON) {
                people.putIfAbsent(key(a.name()), a);
                for (String alias : a.aliases()) {
                    people.putIfAbsent(key(alias.replaceFirst("^@", "")), a);
                }
            }
            for (String d : a.emailDomains()) {
                byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT).replaceFirst("^@", ""), a);
            }
            byName.putIfAbsent(organisationKey(a.name()), a);
            for (String alias : a.aliases()) {
                byName.putIfAbsent(organisationKey(alias), a);
            }
        }
        groups = new org.levermap.model.assess.ActorDirectory(byId);
    }

    /** The person an e-mail address, name or handle names, if any. */
    public Actor person(String emailOrNameOrHandle) {
        return emailOrNameOrHandle == null ? null : people.get(key(emailOrNameOrHandle.replaceFirst("^@", "")));
    }

    /**
     * Whether an actor of kind {@code bot} names this author: by its name, or an alias equal to the
     * display name, the e-mail address, or the address's user (after a "+" for GitHub no-reply ones).
     */
    public boolean isBot(String name, String email) {
        if (bots.isEmpty()) {
            return false;
        }
        String e = email == null ? "" : key(email);
        String user = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
        String login = user.contains("+") ? user.substring(user.indexOf('+') + 1) : user;
        return name != null && bots.containsKey(key(name)) || !e.isEmpty() && (bots.containsKey(e) || bots.containsKey(login));
    }

    /** The organisation owning an e-mail domain (or a parent domain of it), if any. */
    public Actor organisationOfDomain(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        while (true) {
            Actor a = byDomain.get(d);
            if (a != null) {
                return a;
            }
            int dot = d.indexOf('.');
            if (dot < 0 || d.indexOf('.', dot + 1) < 0) {
                return null;
            }
            d = d.substring(dot + 1);
        }
    }

    /** The actor a name stands for ("HashiCorp, Inc." for an actor named HashiCorp), if any. */
    public Actor byName(String name) {
        return name == null ? null : byName.get(organisationKey(name));
    }

    /** The actor a person belonged to on {@code date} (their employer, when the data says so), if any. */
    public Actor parentOn(Actor actor, LocalDate date) {
        String parent = groups.parentOn(actor.id(), date);
        return parent == null ? null : byId.get(parent);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Names compared without case, punctuation or a company form: "HashiCorp, Inc." is "hashicorp". */
    static String organisationKey(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        k = k.replaceAll("\\s+(inc|incorporated|ltd|limited|llc|l l c|gmbh|ag|sa|s a|bv|b v|corp|corporation|co|company|"
                + "plc|ab|oy|sas|srl|pty|pte|kk|foundation inc)$", "");
        return k.strip();
    }
}
