package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser binding reads through: it refuses anchors and aliases and a second document, and
 * reports duplicate keys, as the tokens go by — so a file is parsed once. Every way of advancing is
 * routed through {@link #nextToken()}, so no token escapes the checks.
 */
final class StrictParser extends JsonParserDelegate {

    /** A problem that makes the rest of the document meaningless: binding stops. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Far deeper than any levermap file needs, far below the parser's own limit (1,000). */
    static final int MAX_DEPTH = 64;

    private final String file;
    private final List<Problem> problems;
    private final Deque<Map<String, Integer>> keysInScope = new ArrayDeque<>();
    private int depth;
    private boolean rootDone;

    StrictParser(YAMLParser parser, String file, List<Problem> problems) {
        super(parser);
        this.file = file;
        this.problems = problems;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        YAMLParser yaml = (YAMLParser) delegate;
        if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
            throw new Refused(problem("YAML anchors and aliases (&name, *name) are not allowed in levermap files:"
                    + " write the value out"));
        }
        if (depth == 0 && rootDone) {
            throw new Refused(problem("a levermap file holds one YAML document; remove the '---' and what follows"));
        }
        switch (t) {
            case START_OBJECT -> {
                depth++;
                keysInScope.push(new HashMap<>());
                checkDepth();
            }
            case START_ARRAY -> {
                depth++;
                checkDepth();
            }
            case END_OBJECT -> {
                depth--;
                keysInScope.pop();
            }
            case END_ARRAY -> depth--;
            case FIELD_NAME -> {
                int line = delegate.currentTokenLocation().getLineNr();
                Integer first = keysInScope.peek().putIfAbsent(delegate.currentName(), line);
                if (first != null) {
                    problems.add(problem("duplicate key '" + delegate.currentName() + "' (first at line " + first + ")"));
                }
            }
            default -> {
            }
        }
        if (depth == 0) {
            rootDone = true;
        }
        return t;
    }

    private void checkDepth() {
        if (depth > MAX_DEPTH) {
            throw new Refused(problem("lists and mappings are nested more than " + MAX_DEPTH
                    + " levels deep here; levermap files need only a few levels"));
        }
    }

    private Problem problem(String message) {
        return SourceMap.at(file, delegate.currentTokenLocation(), message);
    }

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
    public boolean nextFieldName(SerializableString name) throws IOException {
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
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
