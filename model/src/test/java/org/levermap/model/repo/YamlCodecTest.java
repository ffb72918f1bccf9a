package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Project;

class YamlCodecTest {

    @TempDir
    Path dir;

    private List<String> problems(String yaml, FileKind kind) throws IOException {
        return problems(yaml.getBytes(StandardCharsets.UTF_8), kind);
    }

    private List<String> problems(byte[] bytes, FileKind kind) throws IOException {
        Path file = dir.resolve("f.yaml");
        Files.write(file, bytes);
        DataException e = assertThrows(DataException.class, () -> YamlCodec.read(file, "f.yaml", kind, kind.type()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsAValidFile() throws Exception {
        Path file = dir.resolve("meta.yaml");
        Files.writeString(file, """
                id: meta
                name: Meta Platforms, Inc.
                kind: company
                email_domains: [fb.com, meta.com]
                parents:
                  - actor: other
                    since: 2020-01-02
                    source: https://example.com/x
                """);
        Actor actor = YamlCodec.read(file, "meta.yaml", FileKind.ACTOR, Actor.class);
        assertEquals("meta", actor.id());
        assertEquals(ActorKind.COMPANY, actor.kind());
        assertEquals(List.of("fb.com", "meta.com"), actor.emailDomains());
        assertEquals(LocalDate.of(2020, 1, 2), actor.parents().get(0).since());
    }

    @Test
    void reportsEveryProblemOfAFileWithLineAndColumn() throws IOException {
        List<String> found = problems("""
                id: meta
                nmae: Meta
                kind: compnay
                email_domains: fb.com
                parents:
                  - actor: Bad_Id
                    since: 2020-13-45
                    source: not a url
                """, FileKind.ACTOR);
        assertEquals(List.of(
                "f.yaml:2:1: unknown key 'nmae' (did you mean 'name'?)",
                "f.yaml:3:7: unknown kind 'compnay' (did you mean 'company'?); expected one of company, foundation,"
                        + " nonprofit, academic, government, person, community, bot",
                "f.yaml:4:16: 'email_domains': expected a list, found 'fb.com'",
                "f.yaml:6:12: 'actor' must be an id of lower-case letters, digits and hyphens (at most 63), found 'Bad_Id'",
                "f.yaml:7:12: 'since': '2020-13-45' is not a date: there is no month 13",
                "f.yaml:8:13: 'source' must be an http(s) URL or <repository>:<path>@<commit>, found 'not a url'"),
                found);
    }

    @Test
    void misspeltLeverIsNamedALever() throws IOException {
        List<String> found = problems("""
                id: x
                name: X
                levers:
                  brnad:
                    - holder: meta
                      source: https://example.com/
                """, FileKind.PROJECT);
        assertEquals(List.of("f.yaml:4:3: unknown lever 'brnad' (did you mean 'brand'?)"), found);
    }

    @Test
    void affiliationsAreDatedAndSourcedAndOnlyForPeople() throws Exception {
        Path file = dir.resolve("jane.yaml");
        Files.writeString(file, "id: jane\nname: Jane\nkind: person\naffiliations:\n  - actor: acme\n"
                + "    since: 2020-01-01\n    source: https://example.org/j\n");
        assertEquals(List.of(new Actor.Affiliation("acme", LocalDate.of(2020, 1, 1), null, "https://example.org/j")),
                YamlCodec.read(file, "jane.yaml", FileKind.ACTOR, Actor.class).affiliations());
        assertEquals(List.of("f.yaml:5:5: missing required key 'source'",
                "f.yaml:7:12: 'until' (2019-01-01) is before 'since' (2020-01-01)"),
                problems("id: jane\nname: Jane\nkind: person\naffiliations:\n  - actor: acme\n"
                        + "    since: 2020-01-01\n    until: 2019-01-01\n", FileKind.ACTOR));
        assertEquals(List.of("f.yaml:4:1: only a person has 'affiliations'; an organisation belongs to another through"
                + " 'parents'"), problems("id: acme\nname: Acme\nkind: company\naffiliations:\n  - actor: big\n"
                + "    source: https://example.org/a\n", FileKind.ACTOR));
    }

    @Test
    void refusesDuplicateKeys() throws IOException {
        assertEquals(List.of("f.yaml:3:1: duplicate key 'name' (first at line 2)"),
                problems("id: x\nname: A\nname: B\nkind: person\n", FileKind.ACTOR));
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder bomb = new StringBuilder("id: x\nname: X\nkind: person\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> problems(bomb.toString(), FileKind.ACTOR));
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("f.yaml:4:5: YAML anchors and aliases"), found.get(0));
    }

    @Test
    void refusesAHundredMegabyteFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        DataException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(DataException.class, () -> YamlCodec.read(file, "huge.yaml", FileKind.ACTOR, Actor.class)));
        assertEquals("huge.yaml: is 104857600 bytes; levermap files are limited to 4194304 bytes",
                e.problems().get(0).toString());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        byte[] latin1 = "id: x\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("f.yaml:2:10: not UTF-8 text (or contains a NUL character): levermap files must be UTF-8"),
                problems(latin1, FileKind.ACTOR));
    }

    @Test
    void refusesSeveralDocuments() throws IOException {
        List<String> found = problems("id: x\nname: X\nkind: person\n---\nid: y\n", FileKind.ACTOR);
        assertEquals(List.of("f.yaml:5:1: a levermap file holds one YAML document; remove the '---' and what follows"), found);
    }

    @Test
    void refusesAnEmptyFileAndATopLevelList() throws IOException {
        assertEquals(List.of("f.yaml:1:1: the file is empty: expected a mapping of keys"), problems("", FileKind.ACTOR));
        assertEquals(List.of("f.yaml:1:1: expected a mapping of keys at the top level, found a list"),
                problems("- a\n- b\n", FileKind.ACTOR));
    }

    @Test
    void reportsSyntaxErrorsWithTheirLocation() throws IOException {
        List<String> found = problems("id: x\nname: [unclosed\nkind: person\n", FileKind.ACTOR);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("f.yaml:3:"), found.get(0));
        assertTrue(found.get(0).contains("YAML syntax error"), found.get(0));
    }

    @Test
    void emptyListItemsAndWrongNumbersArePointedAt() throws IOException {
        List<String> found = problems("""
                id: x
                name: X
                events:
                  -
                  - date: 2020-01-01
                    kind: fork
                    title: T
                    source: https://example.com/
                """, FileKind.PROJECT);
        assertEquals(List.of("f.yaml:4:4: empty list item"), found);
    }

    @Test
    void writesTheSchemaCommentFirst() {
        String yaml = YamlCodec.write(FileKind.PROJECT, new Project("x", "X", null, null, null, null, null, null, null, null));
        assertEquals("# yaml-language-server: $schema=../../schema/project.schema.json\nid: x\nname: X\nlevers: {}\n", yaml);
    }

    @Test
    void refusesToWriteAnInvalidRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YamlCodec.write(FileKind.ACTOR, new Actor("Not Valid", "X", ActorKind.PERSON, null, null, null, null, null)));
        assertTrue(e.getMessage().contains("/id: 'id' must be an id"), e.getMessage());
    }

    private static final String WITH_COUNT = """
            project: p
            date: 2024-01-31
            provenance:
              tool: t
            contribution:
              codeowner_patterns: %s
              unknown_key: 1
            """;

    @Test
    void aNumberTooLargeNamesTheFileLineAndWhatIsExpectedAndOtherProblemsStillShow() throws IOException {
        for (String big : List.of("1e26", "99999999999999999999", "1e400", "-1e400")) {
            List<String> found = problems(WITH_COUNT.formatted(big), FileKind.SNAPSHOT);
            assertEquals(2, found.size(), big + ": " + found);
            String p = String.join("\n", found);
            assertTrue(p.contains("f.yaml:6:23: "), big + ": " + p);
            assertTrue(p.contains("expected a whole number"), big + ": " + p);
            assertTrue(p.contains("unknown_key"), big + ": the other problem is still reported: " + p);
            assertFalse(p.contains("out of range of int") || p.contains("CoercionConfig") || p.contains("Jackson"),
                    big + ": " + p);
        }
    }

    @Test
    void nestingTooDeepPointsAtTheDeepLineInWordsOfTheFile() throws IOException {
        String deep = "id: x\nname: X\nkind: person\nnote: " + "[".repeat(1100) + "]".repeat(1100) + "\n";
        List<String> found = problems(deep, FileKind.ACTOR);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("f.yaml:4:"), found.get(0));
        assertTrue(found.get(0).contains("nested more than"), found.get(0));
        assertFalse(found.get(0).contains("StreamReadConstraints") || found.get(0).contains("getMax"), found.get(0));
    }
}
