package org.levermap.model.phrase;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Keyword;

/** One typed argument of a {@link Phrase}; the edge decides how each kind is put into words. */
public sealed interface Arg {

    /** This argument handed to the method of {@code visitor} for its kind: the one dispatch over kinds. */
    <T> T accept(Visitor<T> visitor);

    /**
     * What a reader of arguments does with each kind (the edge's wording, the JSON API, tests).
     *
     * @param <T> what it makes of an argument
     */
    interface Visitor<T> {
        T actor(String id);

        T actors(List<String> ids);

        T text(String value);

        T count(long value);

        T share(double value);

        T day(LocalDate value);

        T term(Keyword value);

        T part(Phrase value);

        T several(List<Arg> values, Joint joint);
    }

    /** One actor, by id: shown by its display name. */
    record Actor(String id) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.actor(id);
        }
    }

    /** Several actors, by id, in order: shown as a list of names ("nobody" when empty). */
    record Actors(List<String> ids) implements Arg {
        public Actors {
            ids = List.copyOf(ids);
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.actors(ids);
        }
    }

    /** A value shown as it is: a license expression, an account, a curated value, a file name. */
    record Text(String value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.text(value);
        }
    }

    /** A whole number. */
    record Count(long value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.count(value);
        }
    }

    /** A share between 0 and 1, shown as a whole percentage. */
    record Share(double value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.share(value);
        }
    }

    /** A day. */
    record Day(LocalDate value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.day(value);
        }
    }

    /** An enum value (a lever, a forge), put into words by its own entry. */
    record Term(Keyword value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.term(value);
        }
    }

    /** A nested statement, such as an optional clause. */
    record Part(Phrase value) implements Arg {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.part(value);
        }
    }

    /** Several values of the kinds above, shown as a list joined the way {@code joint} says. */
    record Several(List<Arg> values, Joint joint) implements Arg {
        public Several {
            values = List.copyOf(values);
        }

        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.several(values, joint);
        }
    }

    /** How a list is joined: "a, b and c", "a, b, c", "a; b; c" or "a b c". */
    enum Joint {
        AND, COMMA, SEMICOLON, SPACE
    }
}
