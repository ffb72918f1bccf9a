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
        if (raw == java.time.OffsetDateTime.class) {
            return "an instant written YYYY-MM-DDThh:mm:ss+hh:mm";
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

    /**
     * The YAML syntax error behind {@code e} (databind may wrap it), as a problem at the place the
     * scanner stopped, in SnakeYAML's own words; null when {@code e} is not a syntax error.
     */
    static Problem syntaxError(String file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
                org.yaml.snakeyaml.error.Mark mark = marked.getProblemMark() != null ? marked.getProblemMark()
                        : marked.getContextMark();
                String what = marked.getProblem() == null ? "" : marked.getProblem().replace('\n', ' ');
                String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
                int line = mark == null ? 1 : mark.getLine() + 1;
                int column = mark == null ? 1 : mark.getColumn() + 1;
                return new Problem(file, line, column, "YAML syntax error: " + context + what);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException read
                    && !(t instanceof com.fasterxml.jackson.databind.DatabindException)) {
                return SourceMap.at(file, read.getLocation(), "YAML syntax error: " + firstLine(read.getOriginalMessage()));
            }
        }
        return null;
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
