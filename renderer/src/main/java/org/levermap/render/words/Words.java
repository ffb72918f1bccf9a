package org.levermap.render.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.levermap.model.ActorKind;
import org.levermap.model.Keyword;
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

    /** An enum value named on its own, as a heading, a column or a chip: its term capitalised ("Admin rights"). */
    public String title(Enum<?> value) {
        String term = term(value);
        return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
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
        return arg.accept(sayer);
    }

    /** Each kind of argument in words. */
    private final Arg.Visitor<String> sayer = new Arg.Visitor<>() {
        @Override
        public String actor(String id) {
            return actors.name(id);
        }

        @Override
        public String actors(List<String> ids) {
            return ids.isEmpty() ? book.entry("Words.nobody") : join(ids.stream().map(actors::name).toList(), Arg.Joint.AND);
        }

        @Override
        public String text(String value) {
            return value;
        }

        @Override
        public String count(long value) {
            return Long.toString(value);
        }

        @Override
        public String share(double value) {
            return Math.round(value * 100) + "%";
        }

        @Override
        public String day(LocalDate value) {
            return value.toString();
        }

        @Override
        public String term(Keyword value) {
            return Words.this.term((Enum<?>) value);
        }

        @Override
        public String part(Phrase value) {
            return say(value);
        }

        @Override
        public String several(List<Arg> values, Arg.Joint joint) {
            List<String> parts = new ArrayList<>();
            values.forEach(v -> parts.add(render(v)));
            return join(parts, joint);
        }
    };

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
