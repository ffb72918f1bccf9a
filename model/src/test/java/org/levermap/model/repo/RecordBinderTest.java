package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.levermap.model.Actor;

class RecordBinderTest {

    private static final Path REFERENCE_REPORT = Path.of("..", "site");

    @Test
    void everyFileOfTheReferenceReportBindsDirectlyToTheValueJacksonMakes() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(REFERENCE_REPORT)) {
            files = walk.filter(f -> kind(f) != null).sorted().toList();
        }
        assertTrue(files.size() > 500, "the reference report's files: " + files.size());
        int snapshots = 0;
        for (Path f : files) {
            FileKind kind = kind(f);
            snapshots += kind == FileKind.SNAPSHOT ? 1 : 0;
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Record direct = RecordBinder.bind(text, f.toString(), kind.type(), YamlCodec.factory(), null);
            assertNotNull(direct, () -> f + " took Jackson's path");
            ParsedFile<? extends Record> jackson = YamlCodec.bindWithJackson(text, f.toString(), kind.type(),
                    new ArrayList<>(), null);
            assertTrue(jackson.problems().isEmpty(), () -> f + ": " + jackson.problems());
            assertEquals(jackson.value(), direct, () -> f.toString());
        }
        assertTrue(snapshots > 100, "snapshots: " + snapshots);
    }

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void awkwardTextBindsDirectlyAsJacksonBindsIt(FileKind kind) {
        for (String awkward : Fixtures.AWKWARD) {
            String text = YamlCodec.write(kind, Fixtures.of(kind, awkward));
            Record direct = RecordBinder.bind(text, "f.yaml", kind.type(), YamlCodec.factory(), null);
            if (awkward.equals("1e3")) { // written plain, read as a number, made text again by Jackson alone
                assertNull(direct);
                continue;
            }
            assertNotNull(direct, () -> kind + " with " + awkward + " took Jackson's path:\n" + text);
            assertEquals(YamlCodec.bindWithJackson(text, "f.yaml", kind.type(), new ArrayList<>(), null).value(), direct,
                    () -> kind + " with " + awkward);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "id: aiven\nname: Aiven\nkind: company\nwebsit: https://aiven.io\n", // unknown key
        "id: aiven\nname: Aiven\nname: Aiven Oy\nkind: company\n", // duplicate key
        "id: aiven\nname: 12\nkind: company\n", // a number where text belongs
        "id: aiven\nname: Aiven\nkind: Company\n", // not a keyword
        "id: aiven\nname: Aiven\nkind: company\nemail_domains: aiven.io\n", // a list given one value
        "id: aiven\nname: Aiven\nkind: company\nemail_domains: ''\n", // an empty string, which Jackson reads as null
        "id: aiven\nname: Aiven\nkind: company\nemail_domains: &d [aiven.io]\n", // an anchor
        "id: aiven\nname: Aiven\nkind: company\n---\nid: other\n", // two documents
        "- id: aiven\n", // not a mapping
        "id: aiven\nname: [Aiven]\nkind: company\n", // a list where text belongs
    })
    void whatBindingWouldReportIsLeftToJackson(String text) {
        assertNull(RecordBinder.bind(text, "actors/aiven.yaml", Actor.class, YamlCodec.factory(), null));
    }

    @Test
    void aFileLeftToJacksonIsReportedAsBefore() throws Exception {
        Path dir = Files.createTempDirectory("binder");
        Path file = dir.resolve("aiven.yaml");
        Files.writeString(file, "id: aiven\nname: Aiven\nkind: company\nwebsit: https://aiven.io\n");
        DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> YamlCodec.read(file, "actors/aiven.yaml", FileKind.ACTOR, Actor.class));
        assertEquals("actors/aiven.yaml:4:1: unknown key 'websit' (did you mean 'website'?)",
                e.problems().get(0).toString());
    }

    @Test
    void equalStringsOfOneLoadAreOneString() {
        Map<String, String> pool = new ConcurrentHashMap<>();
        Actor a = RecordBinder.bind("id: a\nname: Aiven\nkind: company\n", "a.yaml", Actor.class, YamlCodec.factory(), pool);
        Actor b = RecordBinder.bind("id: b\nname: Aiven\nkind: company\n", "b.yaml", Actor.class, YamlCodec.factory(), pool);
        assertSame(a.name(), b.name());
    }

    private static FileKind kind(Path f) {
        Path rel = REFERENCE_REPORT.relativize(f);
        String name = rel.getFileName().toString();
        if (!name.endsWith(".yaml") || rel.getNameCount() == 0) {
            return null;
        }
        String top = rel.getName(0).toString();
        return switch (rel.getNameCount()) {
            case 1 -> name.equals("levermap.yaml") ? FileKind.CONFIG : null;
            case 2 -> top.equals("actors") ? FileKind.ACTOR : top.equals("alliances") ? FileKind.ALLIANCE : null;
            case 3 -> top.equals("projects") && name.equals("project.yaml") ? FileKind.PROJECT : null;
            case 4 -> top.equals("projects") && rel.getName(2).toString().equals("snapshots") ? FileKind.SNAPSHOT : null;
            default -> null;
        };
    }
}
