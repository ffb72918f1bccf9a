package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Reads the whole numbers of levermap files (counts). A number that is too large for one ({@code 1e26},
 * {@code 99999999999999999999}) or not whole ({@code 1.5}, {@code 1e400}) goes to the problem handler
 * like any other wrong value, so it is reported with its line and binding goes on to the file's other
 * problems; Jackson's own path would stop at it with a message about its coercion settings.
 */
final class WholeNumbers extends StdScalarDeserializer<Integer> {

    private static final long serialVersionUID = 1L;
    private static final NumberDeserializers.IntegerDeserializer DEFAULT =
            new NumberDeserializers.IntegerDeserializer(Integer.class, null);

    private WholeNumbers() {
        super(Integer.class);
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("levermap-whole-numbers");
        module.addDeserializer(Integer.class, new WholeNumbers());
        return module;
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return (Integer) ctxt.handleWeirdNumberValue(Integer.class, Double.NaN, "not a whole number of int range");
        }
        return DEFAULT.deserialize(p, ctxt);
    }
}
