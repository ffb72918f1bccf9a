package org.levermap.model.assess;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;

/**
 * The actors of a data repository, and the questions everything else asks of them: which actor a
 * name, an e-mail address, a handle or an e-mail domain stands for; which organisation a person
 * worked for on a day; which top-level group an actor belonged to on a day. A subsidiary's levers
 * count as its parent's, because control follows ownership (an acquisition moves every lever the
 * acquired company held). The one directory of actors: collectors, the assessment and the
 * affiliation judgement all use it.
 */
public final class ActorDirectory {

    private final Map<String, Actor> actors;
    private final Map<String, Actor> people = new HashMap<>();
    private final Map<String, Actor> byDomain = new HashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    /** By the name of a forge or hub account that could be theirs (see {@link #accountKey}). */
    private final Map<String, String> byAccount = new HashMap<>();
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    /** @param actors by id */
    public ActorDirectory(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
        // In id order, so that when two actors claim the same alias or domain the choice is stable.
        for (Actor a : new java.util.TreeMap<>(actors).values()) {
            if (a.kind() == ActorKind.PERSON) {
                people.putIfAbsent(key(a.name()), a);
                for (String alias : a.aliases()) {
                    people.putIfAbsent(key(handle(alias)), a);
                }
            }
            for (String d : a.emailDomains()) {
                byDomain.putIfAbsent(handle(d.toLowerCase(Locale.ROOT)), a);
            }
            byName.putIfAbsent(organisationKey(a.name()), a);
            for (String alias : a.aliases()) {
                byName.putIfAbsent(organisationKey(alias), a);
            }
            byAccount.putIfAbsent(accountKey(a.id()), a.id());
            for (String alias : a.aliases()) {
                byAccount.putIfAbsent(accountKey(alias), a.id());
            }
        }
    }

    /**
     * The actor a forge or hub account belongs to: the one whose id or an alias is the account's name,
     * compared without case or punctuation ({@code Stability-AI} is {@code stability-ai}); of several,
     * the smallest id. Null for none.
     */
    public String ofAccount(String account) {
        return byAccount.get(accountKey(account));
    }

    /** An account name or alias without case or punctuation. */
    static String accountKey(String name) {
        return name == null ? "" : NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The directory of {@code actors}, in any order. */
    public static ActorDirectory of(Collection<Actor> actors) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        return new ActorDirectory(byId);
    }

    /** The person an e-mail address, name or handle ({@code @jane} or {@code jane}) names, if any. */
    public Actor person(String emailOrNameOrHandle) {
        return emailOrNameOrHandle == null ? null : people.get(key(handle(emailOrNameOrHandle)));
    }

    /** The actor claiming an e-mail domain (or a parent domain of it: {@code eu.corp.com} is corp.com's), if any. */
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

    /**
     * The organisation person {@code id} worked for on {@code date}: the newest of their
     * {@code affiliations} covering the day; for a person written with {@code parents} instead (the
     * format before affiliations), their parent on the day. Null when none covers it or the actor is
     * not a person.
     */
    public String affiliationOn(String id, LocalDate date) {
        Actor actor = actors.get(id);
        if (actor == null || actor.kind() != ActorKind.PERSON) {
            return null;
        }
        Actor.Affiliation best = null;
        for (Actor.Affiliation a : actor.affiliations()) {
            boolean started = a.since() == null || date == null || !a.since().isAfter(date);
            boolean lasting = a.until() == null || (date != null && !a.until().isBefore(date));
            if (started && lasting && (best == null || since(a).isAfter(since(best)))) {
                best = a;
            }
        }
        return best != null ? best.actor() : parentOn(id, date);
    }

    private static LocalDate since(Actor.Affiliation a) {
        return a.since() == null ? LocalDate.MIN : a.since();
    }

    private static String handle(String s) {
        return s.strip().replaceFirst("^@", "");
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

    /** Every actor, in no particular order. */
    public java.util.Collection<Actor> all() {
        return actors.values();
    }

    /** The actor, or null when the id is unknown. */
    public Actor get(String id) {
        return actors.get(id);
    }

    /** The actor's kind, or null when unknown. */
    public ActorKind kind(String id) {
        Actor a = actors.get(id);
        return a == null ? null : a.kind();
    }

    /** The display name, the id itself when the actor is unknown. */
    public String name(String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }

    /**
     * The top-level group {@code id} belonged to on {@code date}: its parent on that day, that parent's
     * parent, and so on. With no date, the parents that still hold are followed.
     */
    public String group(String id, LocalDate date) {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            String parent = parentOn(current, date);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    /**
     * The actor {@code id} belonged to directly on {@code date} (the newest parent relation covering
     * it), or null; with no date, the parent that still holds.
     */
    public String parentOn(String id, LocalDate date) {
        Actor actor = actors.get(id);
        if (actor == null) {
            return null;
        }
        Actor.Parent best = null;
        for (Actor.Parent p : actor.parents()) {
            boolean started = date == null || !p.since().isAfter(date);
            boolean lasting = p.until() == null || (date != null && !p.until().isBefore(date));
            if (started && lasting && (best == null || p.since().isAfter(best.since()))) {
                best = p;
            }
        }
        return best == null ? null : best.actor();
    }
}
