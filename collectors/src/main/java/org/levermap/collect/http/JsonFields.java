package org.levermap.collect.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Null-safe reads of the fields of an API answer: an absent, null or mistyped field is null, never an
 * error, because the platforms leave out what a caller may not see.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** The node at a dotted path ({@code owner.login}), or null. */
    public static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(part);
        }
        return current == null || current.isNull() ? null : current;
    }

    /** A text field, blank as null. */
    public static String text(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null || !value.isValueNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** A boolean field; null when absent or not a boolean. */
    public static Boolean bool(JsonNode node, String path) {
        JsonNode value = at(node, path);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /** The UTC day of an ISO-8601 date or date-time field (or epoch seconds), or null. */
    public static LocalDate day(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong()).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String text = value.asText().trim();
        try {
            return text.length() == 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text.replace(' ', 'T')).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                // Some registries write a date-time without an offset; they mean UTC.
                return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toLocalDate();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The texts of a field, which may be one string or a list of strings. */
    public static List<String> texts(JsonNode node, String path) {
        JsonNode value = at(node, path);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (value.isArray()) {
            value.forEach(v -> {
                if (v.isValueNode() && !v.asText().isBlank()) {
                    texts.add(v.asText());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            texts.add(value.asText());
        }
        return texts;
    }

    /** One text field of every object of a list, in order, leaving out those without it. */
    public static List<String> each(JsonNode list, String path) {
        List<String> texts = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> {
                String t = text(item, path);
                if (t != null) {
                    texts.add(t);
                }
            });
        }
        return texts;
    }
}
