package org.levermap.collect.modelcard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML front matter of a Hugging Face model card (the {@code README.md} of a model
 * repository). Unknown keys are ignored, since cards carry many; the keys levermap reads must have
 * the shape the Hub documents, or the card is refused with the line of the problem.
 */
public final class ModelCardParser {

    private static final int MAX_FRONT_MATTER = 1024 * 1024;
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:\\uFEFF)?---[ \\t]*\\r?\\n(.*?)^---[ \\t]*$",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final ObjectMapper YAML;

    static {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_FRONT_MATTER);
        YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    private ModelCardParser() {
    }

    /**
     * Parses {@code text}.
     *
     * @return empty when the file has no front matter (not a model card)
     * @throws ModelCardException when the front matter is malformed or a key has the wrong shape
     */
    public static Optional<ModelCard> parse(String path, String text) throws ModelCardException {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            if (text.startsWith("---")) {
                throw new ModelCardException(path, 1, "front matter starts with '---' but has no closing '---' line");
            }
            return Optional.empty();
        }
        String yaml = m.group(1);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1; // +1: the opening '---'
            throw new ModelCardException(path, line, "malformed front matter: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = YAML.createObjectNode();
        }
        if (!root.isObject()) {
            throw new ModelCardException(path, 2, "front matter must be a mapping of keys");
        }
        String license = text(root, "license", path, yaml);
        List<String> baseModels = strings(root, "base_model", path, yaml);
        List<String> datasets = strings(root, "datasets", path, yaml);
        List<String> gatingFields = new ArrayList<>();
        JsonNode fields = root.get("extra_gated_fields");
        if (fields != null && fields.isObject()) {
            fields.fieldNames().forEachRemaining(gatingFields::add);
        }
        boolean gated = root.has("extra_gated_prompt") || root.has("extra_gated_fields")
                || root.has("extra_gated_heading") || isTrue(root.get("gated"));
        return Optional.of(new ModelCard(path, license, text(root, "license_name", path, yaml),
                text(root, "license_link", path, yaml), baseModels, text(root, "base_model_relation", path, yaml),
                datasets, gated, gatingFields, lineOf(yaml, "license"), lineOf(yaml, "base_model")));
    }

    private static boolean isTrue(JsonNode node) {
        return node != null && (node.asBoolean(false) || "auto".equals(node.asText()) || "manual".equals(node.asText()));
    }

    private static String text(JsonNode root, String key, String path, String yaml) throws ModelCardException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray() && node.size() == 1 && node.get(0).isValueNode()) {
            return node.get(0).asText();
        }
        if (!node.isValueNode()) {
            throw new ModelCardException(path, lineOf(yaml, key), "'" + key + "' must be a single value");
        }
        return node.asText();
    }

    private static List<String> strings(JsonNode root, String key, String path, String yaml) throws ModelCardException {
        JsonNode node = root.get(key);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isValueNode()) {
            values.add(node.asText());
            return values;
        }
        if (!node.isArray()) {
            throw new ModelCardException(path, lineOf(yaml, key), "'" + key + "' must be a string or a list of strings");
        }
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw new ModelCardException(path, lineOf(yaml, key), "'" + key + "' must list strings only");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** 1-based line of a top-level key in the file (the front matter starts on line 2). */
    private static int lineOf(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(yaml);
        if (!m.find()) {
            return 0;
        }
        int line = 2;
        for (int i = 0; i < m.start(); i++) {
            if (yaml.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
