package org.levermap.model.repo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the YAML files of a data repository.
 *
 * <p>Reading is strict and reports every problem of a file at once, each with its line and column.
 * Writing is stable: the same record always gives the same bytes (declaration order of the record
 * components, no timestamps), and files are replaced atomically.
 */
public final class YamlCodec {

    /** Files larger than this are refused before they are read. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /** Parsers and generators: jackson-core and SnakeYAML only, cheap to make. */
    private static final YAMLFactory FACTORY = createFactory();

    /**
     * Jackson's data binding, made on first use: a fresh JVM spends about a tenth of a second making
     * the mapper and its readers, which the files that take the direct paths never need.
     */
    private static final class Binding {
        static final YAMLMapper MAPPER = createMapper(FACTORY);
    }

    private YamlCodec() {
    }

    /** The factory of every parser and generator of levermap's files (its features fix their text). */
    static YAMLFactory factory() {
        return FACTORY;
    }

    /**
     * Reads one file on its own: syntax, types and the constraints of its record, but not
     * references to other files (see {@link DataRepository#load(Path)} for those).
     *
     * @param file the file to read
     * @param displayName how problems name the file
     * @param kind what the file holds
     * @throws DataException with every problem found
     */
    public static <T extends Record> T read(Path file, String displayName, FileKind kind, Class<T> type)
            throws DataException {
        if (kind.type() != type) {
            throw new IllegalArgumentException(kind + " files hold " + kind.type().getSimpleName());
        }
        ParsedFile<T> parsed = parse(file, displayName, type);
        if (parsed.value() != null) {
            List<Finding> findings = new ArrayList<>();
            RecordChecks.check(parsed.value(), null, parsed.reported(), findings);
            parsed.addAll(findings);
        }
        List<Problem> problems = parsed.problems();
        if (!problems.isEmpty()) {
            throw new DataException(sorted(problems));
        }
        return parsed.value();
    }

    /** Parses and binds one file; constraint and reference checks are left to the caller. */
    static <T extends Record> ParsedFile<T> parse(Path file, String displayName, Class<T> type) {
        return parse(file, displayName, type, null);
    }

    /** As {@link #parse(Path, String, Class)}, sharing equal strings through {@code pool} when given. */
    static <T extends Record> ParsedFile<T> parse(Path file, String displayName, Class<T> type,
            java.util.Map<String, String> pool) {
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.ofFile(displayName, "is " + size + " bytes; levermap files are limited to "
                        + MAX_FILE_BYTES + " bytes"));
                return new ParsedFile<>(displayName, problems);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofFile(displayName, "does not exist"));
            return new ParsedFile<>(displayName, problems);
        } catch (IOException e) {
            problems.add(Problem.ofFile(displayName, "cannot be read: " + e.getMessage()));
            return new ParsedFile<>(displayName, problems);
        }
        return parse(bytes, displayName, type, problems, pool);
    }

    static <T extends Record> ParsedFile<T> parse(byte[] bytes, String displayName, Class<T> type,
            List<Problem> problems) {
        return parse(bytes, displayName, type, problems, null);
    }

    static <T extends Record> ParsedFile<T> parse(byte[] bytes, String displayName, Class<T> type,
            List<Problem> problems, java.util.Map<String, String> pool) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(Problem.ofFile(displayName, "is " + bytes.length + " bytes; levermap files are limited to "
                    + MAX_FILE_BYTES + " bytes"));
            return new ParsedFile<>(displayName, problems);
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.InvalidText e) {
            problems.add(new Problem(displayName, e.location.line(), e.location.column(),
                    "not UTF-8 text (or contains a NUL character): levermap files must be UTF-8"));
            return new ParsedFile<>(displayName, problems);
        }
        // Most files are well formed: bound without Jackson's data binding; the others take its path,
        // which reports every problem.
        T direct = RecordBinder.bind(text, displayName, type, FACTORY, pool);
        if (direct != null) {
            return new ParsedFile<>(displayName, direct, text, FACTORY, problems, List.of(), new java.util.HashSet<>());
        }
        return bindWithJackson(text, displayName, type, problems, pool);
    }

    /** Jackson's binding of {@code text}, each problem reported with its place and binding going on. */
    static <T extends Record> ParsedFile<T> bindWithJackson(String text, String displayName, Class<T> type,
            List<Problem> problems, java.util.Map<String, String> pool) {
        YAMLFactory factory = FACTORY;
        ProblemCollector collector = new ProblemCollector();
        T value = null;
        try (YAMLParser yaml = (YAMLParser) factory.createParser(text)) {
            StrictParser parser = new StrictParser(yaml, displayName, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(displayName, 1, 1, "the file is empty: expected a mapping of keys"));
                return new ParsedFile<>(displayName, problems);
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(SourceMap.at(displayName, parser.currentTokenLocation(),
                        "expected a mapping of keys at the top level, found " + Tokens.describe(parser)));
                return new ParsedFile<>(displayName, problems);
            }
            value = Binding.MAPPER.readerFor(type).withHandler(collector).withAttribute(StringPool.ATTRIBUTE, pool)
                    .readValue(parser);
        } catch (StrictParser.Refused refused) {
            problems.add(refused.problem);
            return new ParsedFile<>(displayName, problems);
        } catch (JsonProcessingException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof StrictParser.Refused refused) { // thrown inside binding, which wrapped it
                    problems.add(refused.problem);
                    return new ParsedFile<>(displayName, problems);
                }
            }
            Problem syntax = Tokens.syntaxError(displayName, e);
            if (syntax != null) { // the text is not YAML: whatever binding found before is moot
                problems.add(syntax);
                return new ParsedFile<>(displayName, problems);
            }
            // A record that refuses its values says why in its own words, without Jackson's preamble.
            String message = e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v
                    && v.getCause() instanceof IllegalArgumentException refused
                    ? refused.getMessage() : Tokens.firstLine(e.getOriginalMessage());
            problems.add(SourceMap.at(displayName, e.getLocation(), message));
        } catch (IOException e) {
            problems.add(Problem.ofFile(displayName, "cannot be read: " + e.getMessage()));
            return new ParsedFile<>(displayName, problems);
        }
        return new ParsedFile<>(displayName, value, text, factory, problems, collector.findings(), collector.reported());
    }

    /**
     * The YAML text of {@code value}, starting with the schema comment of {@code kind}.
     *
     * @throws IllegalArgumentException if the record breaks its own constraints: levermap never
     *     writes a file it would refuse to read
     */
    public static String write(FileKind kind, Record value) {
        if (!kind.type().isInstance(value)) {
            throw new IllegalArgumentException(kind + " files hold " + kind.type().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        List<Finding> findings = new ArrayList<>();
        RecordChecks.check(value, null, java.util.Set.of(), findings);
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder("refusing to write an invalid " + kind.type().getSimpleName());
            findings.forEach(f -> message.append("\n  ").append(f.pointer().isEmpty() ? "/" : f.pointer())
                    .append(": ").append(f.message()));
            throw new IllegalArgumentException(message.toString());
        }
        return kind.schemaComment() + "\n" + YamlWriter.write(value);
    }

    /** Jackson's text of {@code value}, without the schema comment: what {@code YamlWriterTest} holds {@link YamlWriter} to. */
    static String jacksonText(Record value) throws JsonProcessingException {
        return Binding.MAPPER.writeValueAsString(value);
    }

    /**
     * Writes {@code value} to {@code file} atomically: a temporary file in the same folder, then a
     * rename, so a reader never sees half a file.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws FileAlreadyExistsException if the file exists and {@code overwrite} is false
     */
    public static void writeFile(Path file, FileKind kind, Record value, boolean overwrite) throws IOException {
        writeText(file, write(kind, value), overwrite);
    }

    /** Writes {@code text} to {@code file} atomically (temporary file, then rename). */
    public static void writeText(Path file, String text, boolean overwrite) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (!overwrite && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        removeLeftovers(dir);
        Path temp = TempFiles.createFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (overwrite) {
                moveAtomically(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target exists, closing the race between the check above and the move.
                try {
                    Files.createLink(file, temp);
                } catch (UnsupportedOperationException | IOException linkFailed) {
                    if (linkFailed instanceof FileAlreadyExistsException exists) {
                        throw exists;
                    }
                    moveAtomically(temp, file);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary files {@link #writeText} names: {@code .NAME.yaml<digits>.tmp}. */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.yaml-?\\d+\\.tmp");

    /**
     * Deletes the temporary files a killed write left in {@code dir}: they are hidden, never read, but
     * {@code git add -A} would commit them. Two writers into one folder at once are not supported.
     */
    private static void removeLeftovers(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void moveAtomically(Path from, Path to, StandardCopyOption... options) throws IOException {
        try {
            List<StandardCopyOption> all = new ArrayList<>(List.of(options));
            all.add(StandardCopyOption.ATOMIC_MOVE);
            Files.move(from, to, all.toArray(StandardCopyOption[]::new));
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }

    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(null);
        return copy;
    }

    private static YAMLFactory createFactory() {
        org.yaml.snakeyaml.LoaderOptions loader = new org.yaml.snakeyaml.LoaderOptions();
        loader.setCodePointLimit(MAX_FILE_BYTES);
        loader.setMaxAliasesForCollections(10);
        loader.setNestingDepthLimit(40);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build();
        return factory;
    }

    /**
     * The mapper that binds the files the direct path leaves to it. Its writing settings are no longer
     * used to write files: they are the reference {@link YamlWriter} is held to ({@code YamlWriterTest}).
     */
    private static YAMLMapper createMapper(YAMLFactory factory) {
        YAMLMapper mapper = YAMLMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(StringPool.module())
                .addModule(WholeNumbers.module())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // An instant keeps the offset it was written with (a commit's own time zone).
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
        // Absent and empty lists are the same value, but an empty string is kept, so that it reads back equal.
        mapper.configOverride(String.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        // An empty YAML value ("key:" or a bare "-") is null, which validation then names.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        return mapper;
    }
}
