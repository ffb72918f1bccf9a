package org.levermap.model.phrase;

import java.time.LocalDate;
import java.util.List;
import org.levermap.model.Keyword;

/** One typed argument of a {@link Phrase}; the edge decides how each kind is put into words. */
public sealed interface Arg {

    /** One actor, by id: shown by its display name. */
    record Actor(String id) implements Arg {
    }

    /** Several actors, by id, in order: shown as a list of names ("nobody" when empty). */
    record Actors(List<String> ids) implements Arg {
        public Actors {
            ids = List.copyOf(ids);
        }
    }

    /** A value shown as it is: a license expression, an account, a curated value, a file name. */
    record Text(String value) implements Arg {
    }

    /** A whole number. */
    record Count(long value) implements Arg {
    }

    /** A share between 0 and 1, shown as a whole percentage. */
    record Share(double value) implements Arg {
    }

    /** A day. */
    record Day(LocalDate value) implements Arg {
    }

    /** An enum value (a lever, a forge), put into words by its own entry. */
    record Term(Keyword value) implements Arg {
    }

    /** A nested statement, such as an optional clause. */
    record Part(Phrase value) implements Arg {
    }

    /** Several values of the kinds above, shown as a list joined the way {@code joint} says. */
    record Several(List<Arg> values, Joint joint) implements Arg {
        public Several {
            values = List.copyOf(values);
        }
    }

    /** How a list is joined: "a, b and c", "a, b, c", "a; b; c" or "a b c". */
    enum Joint {
        AND, COMMA, SEMICOLON, SPACE
    }
}
