package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Watches the tokens of a YAML document as they are bound and notes what {@link SourceMap} refuses:
 * a document that is not one mapping, anchors and aliases, a key given twice in one mapping. Used by
 * the quick read, which gives up on the file when {@link #clean()} is false.
 */
final class StructureCheck extends JsonParserDelegate {

    private final YAMLParser yaml;
    private final Deque<Set<String>> keys = new ArrayDeque<>();
    private int depth;
    private boolean started;
    private boolean clean = true;

    StructureCheck(JsonParser parser) {
        super(parser);
        this.yaml = (YAMLParser) parser;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        if ((started && depth == 0) || yaml.isCurrentAlias() || yaml.getObjectId() != null
                || (depth == 0 && t != JsonToken.START_OBJECT)) {
            clean = false;
        }
        started = true;
        switch (t) {
            case START_OBJECT -> {
                depth++;
                keys.push(new HashSet<>());
            }
            case START_ARRAY -> depth++;
            case END_OBJECT -> {
                depth--;
                keys.pop();
            }
            case END_ARRAY -> depth--;
            case FIELD_NAME -> {
                if (!keys.isEmpty() && !keys.peek().add(delegate.currentName())) {
                    clean = false;
                }
            }
            default -> {
            }
        }
        return t;
    }

    // Jackson's deserializers also pull tokens through these shortcuts; route them all through nextToken().

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        // Skipping must go through nextToken() so that nothing passes unwatched.
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                open++;
            } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                open--;
            }
        }
        return this;
    }

    /** Whether the document was one mapping, without anchors, aliases or duplicate keys, and complete. */
    boolean clean() throws IOException {
        if (clean && delegate.nextToken() != null) {
            clean = false;
        }
        return clean && started && depth == 0;
    }
}
