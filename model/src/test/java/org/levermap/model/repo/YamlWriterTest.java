package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.levermap.model.EventKind;
import org.levermap.model.LicenseFamily;

/** {@link YamlWriter} must write what Jackson's mapper writes, byte for byte, or refuse. */
class YamlWriterTest {

    /** The reference report's data repository, from the model module's folder. */
    private static final Path SITE = Path.of("../site");
    private static final Path TEST_RESOURCES = Path.of("src/test/resources");

    // ---- records of the crafted cases: every type YamlWriter writes, outside the model too ----

    enum Plain { FIRST_ONE, SECOND }

    record Scalars(String s, Integer i, Long l, Double d, Boolean b, int pi, long pl, double pd, boolean pb) {
        static Scalars of(String s) {
            return new Scalars(s, null, null, null, null, 0, 0, 0, false);
        }
    }

    record Times(LocalDate date, Instant instant, OffsetDateTime time, List<OffsetDateTime> times) {
    }

    record Enums(Plain plain, LicenseFamily keyword, List<Plain> plains, Set<EventKind> kinds) {
    }

    record Collections3(List<String> list, Set<String> set, SortedSet<String> sorted, List<List<String>> nested,
            List<Scalars> records, List<Map<String, String>> mapsInList) {
    }

    record Maps(Map<String, String> strings, Map<String, List<String>> lists, Map<String, Map<String, String>> maps,
            Map<String, Scalars> records, String after) {
    }

    record Tree(String name, List<Tree> children) {
    }

    record Holder(Scalars scalars, Times times, Tree tree) {
    }

    record Nothing() {
    }

    /** Strings whose quoting or layout the generator decides: both writers must hand them over alike. */
    static final List<String> STRINGS = List.of("plain", "a: b", "a:b", "# x", "a #b", "- x", "-", "?", ":", "yes",
            "no", "on", "off", "Yes", "NO", "null", "Null", "~", "123", "-7", "1.0", "1e3", "0x1F", "0o17", ".inf",
            "NaN", "true", "False", " leading", "trailing ", " both ", "", " ", "line one\nline two\n",
            "line one\nline two", "\n", "trailing newlines\n\n", "a\r\nb", "tab\there", "\t", "bell\u0007",
            "nul-less \u001b escape", "caf\u00e9 \u6f22\u5b57 \ud83d\ude80 \u00a0nbsp", "\ufeffbom", "it's", "say \"hi\"",
            "both ' and \"", "'", "\"", "back\\slash", "{braces}", "[brackets]", "a, b", "*alias", "&anchor", "!tag",
            "%percent", "@at", "`tick", "|", ">", "2024-01-01", "12:30", "<script>alert(1)</script>",
            "a very long line that goes on and on past the eighty column limit where a YAML writer might fold it "
                    + "somewhere, and then goes on again for good measure past another eighty columns of text",
            "averylongwordwithoutanyspacesthatgoesonandonpasttheeightycolumnlimitwhereayamlwritermightfolditsomewhere",
            "x".repeat(200), "multi\nline with a very long line that goes on and on past the eighty column limit "
                    + "where a YAML writer might fold it\nand more");

    // ---- the reference report and the test resources ----

    @Test
    void everyFileOfTheReferenceReportIsWrittenAsJacksonWritesIt() throws Exception {
        Map<FileKind, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                FileKind kind = kindOf(file);
                if (kind == null) {
                    fail("a YAML file of no known kind: " + file);
                }
                assertSameText(YamlCodec.read(file, file.toString(), kind, kind.type()), file.toString());
                counts.merge(kind, 1, Integer::sum);
            }
        }
        assertEquals(FileKind.values().length, counts.size(), "every kind of file is in the report: " + counts);
        assertTrue(counts.get(FileKind.SNAPSHOT) > 100, counts::toString);
    }

    @Test
    void everyReadableFileOfTheTestResourcesIsWrittenAsJacksonWritesIt() throws Exception {
        int compared = 0;
        try (Stream<Path> files = Files.walk(TEST_RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                FileKind kind = kindOf(file);
                if (kind == null) {
                    continue;
                }
                Record value;
                try {
                    value = YamlCodec.read(file, file.toString(), kind, kind.type());
                } catch (DataException deliberatelyBroken) {
                    continue;
                }
                assertSameText(value, file.toString());
                compared++;
            }
        }
        assertTrue(compared > 10, "compared " + compared);
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void everyFixtureWithAwkwardTextIsWrittenAsJacksonWritesIt(FileKind kind) throws Exception {
        for (String text : Fixtures.AWKWARD) {
            assertSameText(Fixtures.of(kind, text), kind + " with " + text);
        }
    }

    /** The kind of a file by its place in a data repository, or null. */
    private static FileKind kindOf(Path file) {
        String name = file.getFileName().toString();
        String parent = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        Path grand = file.getParent() == null ? null : file.getParent().getParent();
        String grandparent = grand == null || grand.getFileName() == null ? "" : grand.getFileName().toString();
        if (name.equals("levermap.yaml")) {
            return FileKind.CONFIG;
        } else if (parent.equals("actors")) {
            return FileKind.ACTOR;
        } else if (parent.equals("alliances")) {
            return FileKind.ALLIANCE;
        } else if (name.equals("project.yaml") && grandparent.equals("projects")) {
            return FileKind.PROJECT;
        } else if (parent.equals("snapshots")) {
            return FileKind.SNAPSHOT;
        }
        return null;
    }

    // ---- crafted cases ----

    @Test
    void stringsAreQuotedAndLaidOutAsJacksonDoes() throws Exception {
        for (String s : STRINGS) {
            assertSameText(Scalars.of(s), "the string " + escaped(s));
        }
        assertSameText(new Collections3(STRINGS, new LinkedHashSet<>(STRINGS), new TreeSet<>(STRINGS), List.of(STRINGS),
                null, List.of(keyed(STRINGS))), "the strings in lists and as map keys");
        assertSameText(new Maps(keyed(STRINGS), null, null, null, "after"), "the strings as map keys and values");
    }

    @Test
    void numbersAndBooleansAreWrittenAsJacksonDoes() throws Exception {
        assertSameText(new Scalars("x", 0, 0L, 0.0, false, 0, 0, 0.0, false), "zeros and false");
        assertSameText(new Scalars("x", -1, -1L, -1.5, true, -42, -42L, -0.0, true), "negatives and true");
        assertSameText(new Scalars("x", Integer.MAX_VALUE, Long.MAX_VALUE, Double.MAX_VALUE, true, Integer.MIN_VALUE,
                Long.MIN_VALUE, Double.MIN_VALUE, true), "extremes");
        assertSameText(new Scalars("x", 1_000_000, 12_345_678_901L, 1e21, null, 7, 1L << 53, 0.1 + 0.2, false),
                "large and inexact");
        assertSameText(new Scalars("x", null, null, Double.NaN, null, 0, 0, Double.POSITIVE_INFINITY, false),
                "not finite");
        assertSameText(new Scalars("x", null, null, 123456789.125, null, 0, 0, 1e-7, false), "exponents");
    }

    @Test
    void everyTimeTypeIsWrittenAsJavaTimeModuleDoes() throws Exception {
        assertSameText(new Times(LocalDate.of(2024, 2, 29), Instant.parse("2024-03-20T13:05:11Z"),
                OffsetDateTime.parse("2024-03-20T14:05:11+01:00"), null), "whole seconds");
        assertSameText(new Times(LocalDate.of(1, 1, 1), Instant.parse("2024-03-20T13:05:00.120Z"),
                OffsetDateTime.parse("2024-03-20T14:05:00+01:00"), List.of(
                        OffsetDateTime.parse("2024-03-20T14:05:00.5Z"), OffsetDateTime.parse("2024-03-20T14:05:00.123456789-07:30"),
                        OffsetDateTime.parse("2024-03-20T14:05:00.000001+14:00"), OffsetDateTime.parse("1969-12-31T23:59:59.9Z"))),
                "zero seconds and fractions");
        assertSameText(new Times(LocalDate.of(12345, 6, 7), Instant.EPOCH, OffsetDateTime.parse("+12345-06-07T00:00Z"),
                List.of()), "far dates");
        assertSameText(new Times(LocalDate.of(-44, 3, 15), Instant.ofEpochSecond(-1, 1), null, null), "before the epoch");
    }

    @Test
    void enumsAreWrittenByKeywordOrName() throws Exception {
        assertSameText(new Enums(Plain.FIRST_ONE, LicenseFamily.SOURCE_AVAILABLE, List.of(Plain.SECOND, Plain.FIRST_ONE),
                new LinkedHashSet<>(List.of(EventKind.SCHISM, EventKind.LICENSE_CHANGE))), "enums");
        assertSameText(new Enums(null, null, List.of(), Set.of()), "no enums");
    }

    @Test
    void emptyAndAbsentValuesAreLeftOutAsJacksonDoes() throws Exception {
        assertSameText(new Collections3(List.of(), Set.of(), new TreeSet<>(), List.of(List.of(), List.of("")),
                List.of(Scalars.of(null), Scalars.of("")), List.of(Map.of(), Map.of("k", ""))), "empty things");
        assertSameText(new Collections3(Arrays.asList("a", null, ""), null, null, Arrays.asList(null, List.of()), Arrays.asList(
                (Scalars) null), Arrays.asList((Map<String, String>) null)), "nulls in lists");
        assertSameText(new Holder(null, new Times(null, null, null, null), new Tree("", List.of())), "empty records");
        assertSameText(new Holder(null, null, null), "nothing at all");
        assertSameText(new Nothing(), "a record without components");
    }

    @Test
    void mapsAreOrderedByKeyAndTheirEmptyValuesLeftOut() throws Exception {
        Map<String, String> strings = new HashMap<>();
        strings.put("zeta", "z");
        strings.put("alpha", "a");
        strings.put("Beta", "b");
        strings.put("empty", "");
        strings.put("null", null);
        strings.put("", "empty key");
        Map<String, List<String>> lists = new HashMap<>();
        lists.put("b", List.of("x", "y"));
        lists.put("a", List.of());
        lists.put("c", null);
        lists.put("d", List.of(""));
        Map<String, Map<String, String>> maps = new HashMap<>();
        maps.put("full", Map.of("k", "v"));
        maps.put("empty", Map.of());
        maps.put("hollow", Collections.singletonMap("k", null));
        maps.put("blank", Map.of("k", ""));
        Map<String, Scalars> records = new HashMap<>();
        records.put("r", Scalars.of("v"));
        records.put("n", null);
        records.put("e", Scalars.of(null));
        assertSameText(new Maps(strings, lists, maps, records, "after"), "maps of every kind");
        TreeMap<String, String> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(Map.of("a", "1", "b", "2", "c", "3"));
        assertSameText(new Maps(reversed, null, null, null, null), "a sorted map keeps its order");
        assertSameText(new Maps(Map.of(), Map.of("a", List.of()), Map.of("m", Map.of("k", "")),
                Collections.singletonMap("n", null), ""), "maps with nothing to write");
        assertSameText(new Maps(Collections.singletonMap("k", null), Map.of("e", List.of()), null, null, null),
                "maps whose every value is left out");
    }

    @Test
    void nestedRecordsAndListsOfRecordsAreWrittenAsJacksonDoes() throws Exception {
        Tree leaf = new Tree("leaf: one", null);
        Tree tree = new Tree("root", List.of(new Tree("a", List.of(leaf, new Tree("b\nc\n", List.of()))), leaf));
        assertSameText(new Holder(Scalars.of("- x"), null, tree), "a tree");
        assertSameText(new Collections3(null, null, null, List.of(List.of("a", "b"), List.of("c")),
                List.of(Scalars.of("one"), new Scalars("two", 2, 2L, 2.0, true, 2, 2, 2, true)), null), "lists of lists and records");
    }

    // ---- every type of the model, and the types it refuses ----

    @Test
    void everyTypeReachableFromAFileKindIsSupported() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (FileKind kind : FileKind.values()) {
            reach(kind.type(), seen);
        }
        for (Class<?> type : seen) {
            if (type.isRecord() || type.isEnum()) {
                YamlWriter.requireSupported(type);
            }
        }
        assertTrue(seen.stream().filter(Class::isRecord).count() > 40, () -> "records reached: " + seen);
    }

    private static void reach(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            reach(p.getRawType(), seen);
            for (Type argument : p.getActualTypeArguments()) {
                reach(argument, seen);
            }
        } else if (type instanceof Class<?> c && seen.add(c) && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                reach(component.getGenericType(), seen);
            }
        } else if (!(type instanceof Class<?>)) {
            fail("a component of type " + type + ", neither a class nor a parameterised type");
        }
    }

    record WithOptional(String name, Optional<String> nickname) {
    }

    record Outer(String name, List<WithOptional> inner) {
    }

    record IntegerKeys(Map<Integer, String> byNumber) {
    }

    record WithGetter(String name) {
        public String getDisplayName() {
            return "Dr " + name;
        }
    }

    record Renamed(@JsonProperty("full_name") String name) {
    }

    record Swapped(String first, String second) {
        @JsonCreator
        static Swapped read(@JsonProperty("second") String second, @JsonProperty("first") String first) {
            return new Swapped(first, second);
        }
    }

    @Test
    void anUnsupportedTypeFailsLoudlyNamingTheTypeAndWhereItIs() {
        IllegalStateException direct = assertThrows(IllegalStateException.class,
                () -> YamlWriter.write(new WithOptional("n", Optional.empty())));
        assertEquals("YamlWriter cannot write java.util.Optional<java.lang.String> at WithOptional.nickname",
                direct.getMessage());
        IllegalStateException nested = assertThrows(IllegalStateException.class,
                () -> YamlWriter.write(new Outer("o", List.of(new WithOptional("n", null)))));
        assertEquals("YamlWriter cannot write java.util.Optional<java.lang.String> at Outer.inner.nickname",
                nested.getMessage());
        IllegalStateException checked = assertThrows(IllegalStateException.class,
                () -> YamlWriter.requireSupported(WithOptional.class));
        assertTrue(checked.getMessage().endsWith("at WithOptional.nickname"), checked::getMessage);
        assertTrue(assertThrows(IllegalStateException.class, () -> YamlWriter.write(new IntegerKeys(Map.of(1, "one"))))
                .getMessage().contains("java.util.Map<java.lang.Integer, java.lang.String>"));
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");
        assertTrue(assertThrows(IllegalStateException.class, () -> YamlWriter.write(new Maps(nullKey, null, null, null,
                null))).getMessage().endsWith("a map with a null key at Maps.strings"));
    }

    @Test
    void whatJacksonWouldWriteDifferentlyIsRefused() throws Exception {
        // Each of these Jackson writes otherwise than by components in order, which the check refuses.
        assertTrue(YamlCodec.jacksonText(new WithGetter("x")).contains("display_name: Dr x"));
        assertTrue(assertThrows(IllegalStateException.class, () -> YamlWriter.requireSupported(WithGetter.class))
                .getMessage().contains("getDisplayName()"));
        assertTrue(YamlCodec.jacksonText(new Renamed("x")).contains("full_name: x"));
        assertTrue(assertThrows(IllegalStateException.class, () -> YamlWriter.requireSupported(Renamed.class))
                .getMessage().contains("Renamed"));
        assertTrue(YamlCodec.jacksonText(new Swapped("1", "2")).startsWith("second: \"2\"\nfirst: \"1\""));
        assertThrows(IllegalStateException.class, () -> YamlWriter.requireSupported(Swapped.class));
        YamlWriter.requireSupported(org.levermap.model.Snapshot.class); // its creator names components in order
    }

    /** A fresh class loader, as a fresh JVM's collect would be: writing loads no class of jackson-databind. */
    @Test
    void writingLoadsNoClassOfJacksonDatabind() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (Isolated loader = new Isolated(urls.toArray(URL[]::new))) {
            Class<?> fixtures = loader.loadClass(Fixtures.class.getName());
            var snapshot = fixtures.getDeclaredMethod("snapshot", String.class);
            snapshot.setAccessible(true);
            Object value = snapshot.invoke(null, "x");
            var write = loader.loadClass(YamlWriter.class.getName()).getDeclaredMethod("write", Record.class);
            write.setAccessible(true);
            assertEquals(YamlWriter.write(Fixtures.snapshot("x")), write.invoke(null, value));
            assertTrue(loader.loaded("com.fasterxml.jackson.dataformat.yaml.YAMLGenerator"), "the check sees loaded classes");
            for (String databind : List.of("com.fasterxml.jackson.databind.ObjectMapper",
                    "com.fasterxml.jackson.databind.JsonSerializer", "com.fasterxml.jackson.databind.SerializerProvider",
                    "com.fasterxml.jackson.databind.PropertyNamingStrategies", "com.fasterxml.jackson.databind.JavaType")) {
                assertFalse(loader.loaded(databind), databind + " was loaded");
            }
        }
    }

    /** Loads the test's class path afresh, and tells which classes it loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    // ---- helpers ----

    /** Map keys of every string, each mapped to a value that is written. */
    private static Map<String, String> keyed(List<String> strings) {
        Map<String, String> map = new HashMap<>();
        for (String s : strings) {
            map.put(s, "value of " + s);
        }
        return map;
    }

    /** Both writers give the same text, or the first line where they differ is named. */
    private static void assertSameText(Record value, String what) throws IOException {
        String expected = YamlCodec.jacksonText(value);
        String actual = YamlWriter.write(value);
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
            line++;
        }
        fail(what + ": YamlWriter differs from Jackson at line " + (line + 1) + "\n  Jackson:    "
                + (line < e.length ? escaped(e[line]) : "<end>") + "\n  YamlWriter: "
                + (line < a.length ? escaped(a[line]) : "<end>") + "\n--- Jackson:\n" + expected
                + "--- YamlWriter:\n" + actual);
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.append('"').toString();
    }

    record Names(String modelLineage, String spdxID, String a, String aB, String url2Html, String ABC, String _under,
            String x_Y, String Été) {
    }

    /** Components named like getters: Jackson 2.18 keeps a record's component names as they are. */
    record GetterNames(Boolean isFork, String getName, boolean isOpen, String issues) {
    }

    @Test
    void componentNamesAreSnakeCasedAsJacksonDoes() throws Exception {
        assertSameText(new Names("1", "2", "3", "4", "5", "6", "7", "8", "9"), "awkward component names");
        assertSameText(new GetterNames(true, "n", false, "i"), "components named like getters");
    }
}
