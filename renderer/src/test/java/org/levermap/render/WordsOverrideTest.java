package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data repository's own wording (templates/words.properties) reaches every output, escaped like any text. */
class WordsOverrideTest {

    @TempDir
    Path tmp;

    @Test
    void anOverriddenEntryIsUsedByThePagesTheApiAndTheFeed() throws Exception {
        Path data = Fixture.ecosystem(tmp.resolve("data"), "https://example.org/r/");
        words(data, "Flag.CLA.label=Contributor <licence> agreement\n"
                + "ChangeText.CLA_REQUIRED=Ab jetzt mit CLA.\n");
        Site site = Site.build(data, tmp.resolve("out"), BuildOptions.DEFAULTS);
        assertTrue(site.page("index.html").text().contains("Contributor <licence> agreement"));
        assertFalse(site.text("index.html").contains("<licence>"), "the wording is escaped like any text");
        assertTrue(site.text("changes/index.html").contains("Ab jetzt mit CLA."));
        assertTrue(site.text("api/changes.json").contains("\"summary\":\"Ab jetzt mit CLA.\"")
                || site.text("api/changes.json").contains("\"summary\": \"Ab jetzt mit CLA.\""));
        assertTrue(site.text("api/changes.json").contains("ChangeText.CLA_REQUIRED"), "the key stays stable");
        assertTrue(site.text("feed.xml").contains("Ab jetzt mit CLA."));
    }

    @Test
    void anOverrideOfNoStatementStopsTheBuildNamingFileAndLine() throws Exception {
        Path data = Fixture.ecosystem(tmp.resolve("data"), null);
        words(data, "# mine\nFlag.CLA.lable=typo\n");
        BuildException e = assertThrows(BuildException.class,
                () -> Site.build(data, tmp.resolve("out"), BuildOptions.DEFAULTS));
        assertEquals("templates/words.properties:2: Flag.CLA.lable is no entry of levermap's phrasebook (the README"
                + " lists where to find them)", e.getMessage());
    }

    private static void words(Path data, String text) throws Exception {
        Files.createDirectories(data.resolve("templates"));
        Files.writeString(data.resolve("templates/words.properties"), text, StandardCharsets.UTF_8);
    }
}
