package org.levermap.render.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("try")
    void theIndexListsExactlyTheThemesFiles() throws IOException, URISyntaxException {
        java.net.URI uri = Theme.class.getResource(Theme.INDEX).toURI();
        // In a reactor build the theme comes from the templates jar, in an IDE from its folder.
        try (java.nio.file.FileSystem jar = "jar".equals(uri.getScheme())
                ? java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of()) : null) {
            Path dir = Path.of(uri).getParent();
            List<String> onDisk;
            try (Stream<Path> walk = Files.walk(dir)) {
                onDisk = walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                        .filter(p -> !p.equals("theme.index")).sorted().toList();
            }
            assertEquals(onDisk, Theme.defaultFiles().stream().sorted().toList());
        }
        for (String f : Theme.defaultFiles()) {
            assertTrue(Theme.defaultFile(f).length > 0, f);
        }
    }

    @Test
    void staticFilesAreTheDefaultsOverriddenAndExtendedFileByFile() throws Exception {
        Files.createDirectories(tmp.resolve("static/css"));
        Files.writeString(tmp.resolve("static/css/levermap.css"), "mine");
        Files.writeString(tmp.resolve("static/CNAME"), "x.org");
        Files.writeString(tmp.resolve("static/.secret"), "no");
        var files = new Theme(tmp).staticFiles();
        assertEquals("mine", new String(files.get("css/levermap.css").bytes()));
        assertEquals("x.org", new String(files.get("CNAME").bytes()));
        assertTrue(files.containsKey("js/filter.js"));
        assertTrue(!files.containsKey(".secret"), "hidden files are not published");
    }

    @Test
    void aStaticFileLinkedOutsideTheRepositoryIsRefusedByName(@TempDir Path outside) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Files.createDirectories(data.resolve("static/img"));
        Files.createSymbolicLink(data.resolve("static/img/passwd"), outside.resolve("passwd"));
        Files.createSymbolicLink(data.resolve("static/etc"), outside);
        ThemeException e = org.junit.jupiter.api.Assertions.assertThrows(ThemeException.class,
                () -> new Theme(data).staticFiles());
        assertTrue(e.getMessage().contains("static/img/passwd"), e.getMessage());
        assertTrue(e.getMessage().contains("static/etc"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:x"), e.getMessage());
    }

    @Test
    void aStaticFileLinkedInsideTheRepositoryIsPublished() throws Exception {
        Files.createDirectories(tmp.resolve("static"));
        Files.writeString(tmp.resolve("logo.svg"), "<svg/>");
        Files.createSymbolicLink(tmp.resolve("static/logo.svg"), Path.of("../logo.svg"));
        assertEquals("<svg/>", new String(new Theme(tmp).staticFiles().get("logo.svg").bytes()));
    }

    @Test
    void aTemplateLinkedOutsideTemplatesIsRefusedByName(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("index.ftlh"), "SECRET");
        Files.createDirectories(tmp.resolve("templates"));
        Files.createSymbolicLink(tmp.resolve("templates/index.ftlh"), outside.resolve("index.ftlh"));
        ThemeException e = org.junit.jupiter.api.Assertions.assertThrows(ThemeException.class,
                () -> new Theme(tmp).checkLinks());
        assertTrue(e.getMessage().contains("templates/index.ftlh"), e.getMessage());
        assertTrue(!e.getMessage().contains("SECRET") && !e.getMessage().contains(outside.toString()), e.getMessage());
    }
}
