package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.levermap.model.Levers;

/**
 * Turns each binding problem into a {@link Problem} and lets binding go on, so that one pass over a
 * file reports every unknown key and wrong value in it, not just the first.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    private final List<Finding> findings = new ArrayList<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    ProblemCollector() {
    }

    /** What binding found wrong, to be located later. */
    List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        Class<?> owner = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        List<String> known = new ArrayList<>();
        Collection<Object> names = deserializer.getKnownPropertyNames();
        if (names != null) {
            names.forEach(n -> known.add(n.toString()));
        }
        String noun = owner == Levers.class ? "lever" : "key";
        String hint = Suggestions.didYouMean(propertyName, known);
        if (hint.isEmpty() && !known.isEmpty()) {
            hint = " (expected one of " + String.join(", ", known) + ")";
        }
        String near = pointer(p);
        findings.add(new Finding(near, true, "unknown " + noun + " '" + propertyName + "'" + hint, propertyName));
        String suggested = Suggestions.closest(propertyName, known);
        if (suggested != null) {
            // The misspelt key stands for the suggested one: do not report that one as missing too.
            reported.add(mappingOf(near, propertyName).appendProperty(suggested).toString());
        }
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
            String failureMsg) {
        JsonParser p = ctxt.getParser();
        String field = fieldName(p);
        String message;
        if (targetType.isEnum()) {
            List<String> allowed = Tokens.keywords(targetType);
            message = "unknown " + field + " '" + value + "'"
                    + Suggestions.didYouMean(value, allowed) + "; expected one of " + String.join(", ", allowed);
        } else if (targetType == LocalDate.class) {
            message = "'" + field + "': " + DateText.problem(value);
        } else if (targetType == java.time.OffsetDateTime.class) {
            message = "malformed instant '" + value + "' in '" + field + "': expected YYYY-MM-DDThh:mm:ss+hh:mm";
        } else {
            message = "'" + field + "': expected " + Tokens.expected(ctxt.constructType(targetType)) + ", found '"
                    + Tokens.shorten(value) + "'";
        }
        add(pointer(p), false, message);
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
            String failureMsg) {
        JsonParser p = ctxt.getParser();
        String expected = Tokens.expected(ctxt.constructType(targetType));
        if (targetType == Integer.class || targetType == int.class) {
            expected += " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        add(pointer(p), false, "'" + fieldName(p) + "': expected " + expected + ", found the number " + text(p, value));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        return wrongShape(targetType, p);
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
            ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
        return wrongShape(ctxt.constructType(instClass), p);
    }

    /** The number as written in the file ({@code 1e400}, not the Infinity it parses to). */
    private static String text(JsonParser p, Number value) {
        try {
            return p.getText();
        } catch (IOException e) {
            return String.valueOf(value);
        }
    }

    private Object wrongShape(JavaType targetType, JsonParser p) throws IOException {
        add(pointer(p), false, "'" + fieldName(p) + "': expected " + Tokens.expected(targetType) + ", found "
                + Tokens.describe(p));
        p.skipChildren();
        return null;
    }

    /** Pointers of the values already reported, so that later checks do not report them again as missing. */
    java.util.Set<String> reported() {
        return reported;
    }

    private void add(String pointer, boolean atKey, String message) {
        reported.add(pointer);
        findings.add(new Finding(pointer, atKey, message));
    }

    /**
     * The mapping holding an unknown key: Jackson may replay buffered tokens with a context below the
     * key ({@code /levers/brnad/2}), so the pointer is cut before the key's own segment.
     */
    private static JsonPointer mappingOf(String near, String key) {
        JsonPointer keyPointer = JsonPointer.empty().appendProperty(key);
        String segment = keyPointer.toString();
        int at = near.lastIndexOf(segment);
        while (at >= 0 && at + segment.length() < near.length() && near.charAt(at + segment.length()) != '/') {
            at = near.lastIndexOf(segment, at - 1);
        }
        return at < 0 ? JsonPointer.compile(near) : JsonPointer.compile(near.substring(0, at));
    }

    /** The pointer of the value being bound (a container's start token already reads as the container). */
    private static String pointer(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }

    private static String fieldName(JsonParser p) {
        var context = p.getParsingContext();
        while (context != null && !context.inRoot()) {
            if (context.inObject() && context.getCurrentName() != null) {
                return context.getCurrentName();
            }
            context = context.getParent();
        }
        return "value";
    }
}
