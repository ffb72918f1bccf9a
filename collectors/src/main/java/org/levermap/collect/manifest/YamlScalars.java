package org.levermap.collect.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads every scalar of a YAML file with the keys leading to it and its line, streaming, so that a
 * fact taken from a repository's FUNDING.yml or OWNERS can cite its line. The text is untrusted:
 * size, nesting and aliases are limited, and a file that is not valid YAML yields nothing, as
 * GitHub shows nothing of a FUNDING.yml it cannot parse.
 */
final class YamlScalars {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(limits()).build();

    private YamlScalars() {
    }

    /**
     * One scalar value.
     *
     * @param keys the mapping keys from the top down to the value (list positions are not keys)
     * @param value the value as text; null for a YAML null
     * @param line 1-based line
     */
    record Scalar(List<String> keys, String value, int line) {

        /** The key directly holding the value, or the list holding it. */
        String key() {
            return keys.isEmpty() ? null : keys.get(keys.size() - 1);
        }
    }

    /** The scalars of {@code text}, in document order. */
    static List<Scalar> read(String text) {
        List<Scalar> scalars = new ArrayList<>();
        List<String> path = new ArrayList<>();
        // Whether each open container is a mapping; a mapping's current key is the last entry of path.
        List<Boolean> containers = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> {
                        containers.add(true);
                        path.add(null);
                    }
                    case START_ARRAY -> containers.add(false);
                    case END_OBJECT -> {
                        containers.remove(containers.size() - 1);
                        path.remove(path.size() - 1);
                        endValue(containers, path);
                    }
                    case END_ARRAY -> {
                        containers.remove(containers.size() - 1);
                        endValue(containers, path);
                    }
                    case FIELD_NAME -> path.set(path.size() - 1, parser.currentName());
                    default -> {
                        List<String> keys = path.stream().filter(k -> k != null).toList();
                        String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
                        scalars.add(new Scalar(keys, value, parser.currentTokenLocation().getLineNr()));
                        endValue(containers, path);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return scalars;
    }

    /** After a mapping's value, its key no longer applies. */
    private static void endValue(List<Boolean> containers, List<String> path) {
        if (!containers.isEmpty() && containers.get(containers.size() - 1)) {
            path.set(path.size() - 1, null);
        }
    }

    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(1024 * 1024);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setAllowDuplicateKeys(true);
        return options;
    }
}
