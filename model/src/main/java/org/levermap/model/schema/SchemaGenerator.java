package org.levermap.model.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Count;
import org.levermap.model.Id;
import org.levermap.model.Ids;
import org.levermap.model.Keyword;
import org.levermap.model.Required;
import org.levermap.model.Share;
import org.levermap.model.Source;
import org.levermap.model.Sources;
import org.levermap.model.repo.FileKind;

/**
 * Generates the JSON Schema of each {@link FileKind} from the model records and the constraint
 * annotations on their components, so that the schema and the validator cannot disagree. Run by
 * the build; the schemas ship in the jar next to this class.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    private final Map<String, Class<?>> definedBy = new LinkedHashMap<>();

    private SchemaGenerator() {
    }

    /** Writes every schema into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_DIR");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (FileKind kind : FileKind.values()) {
            Files.writeString(out.resolve(kind.schemaFileName()), schema(kind));
        }
    }

    /** The JSON Schema of one kind of file, as stable, indented JSON. */
    public static String schema(FileKind kind) {
        SchemaGenerator generator = new SchemaGenerator();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "levermap " + kind.name().toLowerCase(java.util.Locale.ROOT) + " file");
        ObjectNode body = generator.objectSchema(kind.type());
        root.setAll(body);
        if (!generator.definitions.isEmpty()) {
            ObjectNode defs = root.putObject("$defs");
            generator.definitions.forEach(defs::set);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode objectSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = NAMES.translate(c.getName());
            properties.set(key, componentSchema(c));
            if (c.isAnnotationPresent(Required.class)) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private ObjectNode componentSchema(RecordComponent c) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode array = JSON.objectNode();
            array.put("type", "array");
            array.set("items", constrained(typeSchema((Class<?>) p.getActualTypeArguments()[0]), c));
            return array;
        }
        return constrained(typeSchema(c.getType()), c);
    }

    private ObjectNode constrained(ObjectNode schema, RecordComponent c) {
        if (c.isAnnotationPresent(Id.class)) {
            schema.put("pattern", "^" + Ids.PATTERN.pattern() + "$");
        }
        if (c.isAnnotationPresent(Source.class)) {
            schema.put("pattern", Sources.SCHEMA_PATTERN);
        }
        if (c.isAnnotationPresent(Share.class)) {
            schema.put("minimum", 0);
            schema.put("maximum", 1);
        }
        if (c.isAnnotationPresent(Count.class)) {
            schema.put("minimum", 0);
        }
        return schema;
    }

    private ObjectNode typeSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode();
        if (type == String.class) {
            schema.put("type", "string");
        } else if (type == Integer.class || type == int.class) {
            schema.put("type", "integer");
        } else if (type == Double.class || type == double.class) {
            schema.put("type", "number");
        } else if (type == Boolean.class || type == boolean.class) {
            schema.put("type", "boolean");
        } else if (type == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (type == java.time.OffsetDateTime.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (type.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                values.add(((Keyword) constant).keyword());
            }
        } else if (type.isRecord()) {
            String name = type.getSimpleName();
            Class<?> previous = definedBy.putIfAbsent(name, type);
            if (previous != null && previous != type) {
                throw new IllegalStateException("two records named " + name + ": " + previous + ", " + type);
            }
            if (previous == null) {
                definitions.put(name, JSON.objectNode()); // placeholder keeps insertion order stable
                definitions.put(name, objectSchema(type));
            }
            schema.put("$ref", "#/$defs/" + name);
        } else {
            throw new IllegalStateException("no JSON Schema mapping for " + type);
        }
        return schema;
    }
}
