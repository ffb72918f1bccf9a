package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.levermap.model.Keyword;

/** Words for what a YAML file holds and what a record expects, for error messages. */
final class Tokens {

    private Tokens() {
    }

    /** What the parser's current token is, in the words of someone reading the YAML. */
    static String describe(JsonParser p) {
        if (p.currentToken() == null) {
            return "nothing";
        }
        try {
            return switch (p.currentToken()) {
                case START_OBJECT -> "a mapping";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "'" + shorten(p.getText()) + "'";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "an empty value";
                default -> p.currentToken().asString() == null ? "a value" : "'" + p.getText() + "'";
            };
        } catch (IOException e) {
            return "a value";
        }
    }

    /** What a value of {@code type} looks like in YAML. */
    static String expected(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType()) {
            return "a list";
        }
        if (raw.isRecord() || type.isMapLikeType()) {
            return "a mapping";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (raw.isEnum()) {
            return "one of " + String.join(", ", keywords(raw));
        }
        return "a " + raw.getSimpleName();
    }

    /** The YAML spellings of an enum's constants. */
    static List<String> keywords(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> c instanceof Keyword k ? k.keyword() : c.toString())
                .collect(Collectors.toList());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
