package org.levermap.render.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.model.ActorKind;
import org.levermap.model.assess.ActorDirectory;
import org.levermap.model.assess.Flag;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * Puts the model's statements into words: fills a phrasebook entry with a phrase's arguments, naming
 * actors by their display names from the one actor directory. Every view, feed, API and terminal
 * command that shows a verdict or a change speaks through this class.
 */
public final class Words {

    /** {@code {name}}, {@code {Name}} (capitalised), {@code {name.who}} and {@code {name.kind}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:\\.(who|kind))?}");

    private final Phrasebook book;
    private final ActorDirectory actors;

    /**
     * @param book the wording
     * @param actors the actors, for their display names and kinds
     */
    public Words(Phrasebook book, ActorDirectory actors) {
        this.book = book;
        this.actors = actors;
    }

    /** The statement in words; null for a null phrase. */
    public String say(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        return fill(book.entry(phrase.entry()), phrase.args());
    }

    /** A flag's short label, for a chip. */
    public String label(Flag flag) {
        return book.entry(Phrase.entry(flag) + ".label");
    }

    /** The sentence that explains a flag. */
    public String description(Flag flag) {
        return book.entry(Phrase.entry(flag) + ".description");
    }

    /** A single value in words: an actor's name, a count, a clause; "none" for null. */
    public String value(Arg arg) {
        return arg == null ? book.entry("Words.none") : render(arg);
    }

    /** An enum value as a term inside a sentence ("admin rights"). */
    public String term(Enum<?> value) {
        return book.entry(Phrase.entry(value));
    }

    private String fill(String template, Map<String, Arg> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            boolean capital = Character.isUpperCase(name.charAt(0));
            Arg arg = args.get(capital ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name);
            String text = arg == null ? "" : m.group(2) == null ? render(arg) : about(arg, m.group(2));
            if (capital && !text.isEmpty()) {
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "who" or "which", or the actor's kind, for an actor argument. */
    private String about(Arg arg, String what) {
        ActorKind kind = arg instanceof Arg.Actor a ? actors.kind(a.id()) : null;
        if (what.equals("who")) {
            return book.entry(kind == ActorKind.PERSON ? "Words.who.person" : "Words.who.other");
        }
        return book.entry(kind == null ? "ActorKind.unknown" : Phrase.entry(kind));
    }

    private String render(Arg arg) {
        if (arg instanceof Arg.Actor a) {
            return actors.name(a.id());
        } else if (arg instanceof Arg.Actors a) {
            return a.ids().isEmpty() ? book.entry("Words.nobody")
                    : join(a.ids().stream().map(actors::name).toList(), Arg.Joint.AND);
        } else if (arg instanceof Arg.Text t) {
            return t.value();
        } else if (arg instanceof Arg.Count c) {
            return Long.toString(c.value());
        } else if (arg instanceof Arg.Share s) {
            return Math.round(s.value() * 100) + "%";
        } else if (arg instanceof Arg.Day d) {
            return d.value().toString();
        } else if (arg instanceof Arg.Term t) {
            return term((Enum<?>) t.value());
        } else if (arg instanceof Arg.Part p) {
            return say(p.value());
        } else if (arg instanceof Arg.Several s) {
            List<String> parts = new ArrayList<>();
            s.values().forEach(v -> parts.add(render(v)));
            return join(parts, s.joint());
        }
        throw new IllegalArgumentException("no wording for " + arg);
    }

    private String join(List<String> parts, Arg.Joint joint) {
        return switch (joint) {
            case AND -> parts.size() <= 1 ? String.join("", parts)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + book.entry("Words.and")
                            + parts.get(parts.size() - 1);
            case COMMA -> String.join(", ", parts);
            case SEMICOLON -> String.join("; ", parts);
            case SPACE -> String.join(" ", parts);
        };
    }
}
