package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.render.output.StagedOutput;

/**
 * A rebuild after a change carries over the pages whose inputs did not change and renders the rest;
 * whatever it carried, its output equals a fresh full build of the same data, byte for byte.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;
    Path data;
    Path out;
    int fresh;

    @BeforeEach
    void firstBuild() throws Exception {
        data = Fixture.ecosystem(tmp.resolve("data"), "https://example.org/report/");
        out = tmp.resolve("out");
        BuildResult first = build();
        assertEquals(0, first.carried());
        assertFalse(first.upToDate());
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(BuildOptions.DEFAULTS, "levermap test").build(data, out);
    }

    /**
     * The incremental output equals a full build into a new folder with every page rendered: the same
     * files, byte for byte, and the same folders (none left empty).
     */
    private void assertSameAsAFullBuild() throws Exception {
        Path fullOut = tmp.resolve("full-" + fresh++);
        Map<String, byte[]> full = Site.build(data, fullOut, BuildOptions.DEFAULTS.withForce(true)).files();
        Map<String, byte[]> incremental = new Site(out).files();
        assertEquals(full.keySet(), incremental.keySet());
        full.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.get(path), path));
        assertEquals(folders(fullOut), folders(out));
    }

    private static java.util.Set<String> folders(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isDirectory).map(d -> dir.relativize(d).toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void successiveBuildsWithProjectsAddedChangedAndRemovedEqualFullBuilds() throws Exception {
        Path saved = tmp.resolve("saved-solo");
        copy(data.resolve("projects/solo"), saved, "solo", "solo");
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        build();
        assertSameAsAFullBuild();
        assertTrue(Files.isDirectory(out.resolveSibling(".out.back")), "the previous site kept as the back buffer");
        copy(saved, data.resolve("projects/solo2"), "solo", "solo2");
        buildIntoTheBack();
        assertSameAsAFullBuild();
        assertTrue(Files.exists(out.resolve("projects/solo2/index.html")));
        Files.writeString(data.resolve("projects/solo2/snapshots/2023-09-30.yaml"), "# changed\n",
                java.nio.file.StandardOpenOption.APPEND);
        buildIntoTheBack();
        assertSameAsAFullBuild();
        StagedOutput.deleteTree(data.resolve("projects/solo"));
        buildIntoTheBack();
        assertSameAsAFullBuild();
        assertFalse(Files.exists(out.resolve("projects/solo")));
        StagedOutput.deleteTree(data.resolve("projects/solo2"));
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 2", "bus_factor: 3");
        buildIntoTheBack();
        assertSameAsAFullBuild();
        copy(saved, data.resolve("projects/solo"), "solo", "solo");
        buildIntoTheBack();
        assertSameAsAFullBuild();
    }

    @Test
    void oneBuilderBuildingAgainAndAgainAsServeDoesEqualsFullBuilds() throws Exception {
        // Serve keeps one builder: each build takes from its memory what the files it reads still say
        // (records, summaries, the page record it wrote), and must give what a new builder gives.
        SiteBuilder serve = new SiteBuilder(BuildOptions.DEFAULTS, "levermap test");
        serve.build(data, out);
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        serve.build(data, out);
        assertSameAsAFullBuild();
        edit("actors/acme.yaml", "name: Acme Corp", "name: Acme Corporation");
        assertTrue(serve.build(data, out).written() > 0);
        assertSameAsAFullBuild();
        edit("projects/libre/project.yaml", "name: Libre", "name: Libre Two");
        serve.build(data, out);
        assertSameAsAFullBuild();
        assertTrue(Files.readString(out.resolve("projects/libre/index.html")).contains("Libre Two"));
        // Back to the files of an earlier build: what memory forgot since is read again.
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 2", "bus_factor: 5");
        edit("actors/acme.yaml", "name: Acme Corporation", "name: Acme Corp");
        serve.build(data, out);
        assertSameAsAFullBuild();
        StagedOutput.deleteTree(data.resolve("projects/solo"));
        serve.build(data, out);
        assertSameAsAFullBuild();
        assertFalse(Files.exists(out.resolve("projects/solo")));
    }

    /** A build that brings the back buffer up to date: the folder at the output is the one that was the back. */
    private void buildIntoTheBack() throws Exception {
        Object back = Files.getAttribute(out.resolveSibling(".out.back"), "unix:ino");
        build();
        assertEquals(back, Files.getAttribute(out, "unix:ino"), "the back buffer became the site");
    }

    /** Copies a project's folder, renaming the project {@code from} to {@code to} in its files. */
    private static void copy(Path source, Path target, String from, String to) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.writeString(t, Files.readString(p).replace(from, to));
                }
            }
        }
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = data.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private long filesUnder(String... folders) throws IOException {
        long n = 0;
        for (String folder : folders) {
            try (Stream<Path> walk = Files.walk(out.resolve(folder))) {
                n += walk.filter(Files::isRegularFile).count();
            }
        }
        return n;
    }

    @Test
    void oneChangedSnapshotRendersItsProjectAndCarriesTheOthersOver() throws Exception {
        byte[] before = Files.readAllBytes(out.resolve("projects/libre/index.html"));
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        BuildResult r = build();
        assertTrue(r.carried() >= filesUnder("projects/solo", "projects/widget", "projects/gadget"),
                "carried " + r.carried());
        assertTrue(r.carried() < r.files());
        assertNotEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(out.resolve("projects/libre/index.html")));
        assertSameAsAFullBuild();
    }

    @Test
    void aChangedForkRendersItsUpstreamsPagesToo() throws Exception {
        byte[] before = Files.readAllBytes(out.resolve("projects/widget/index.html"));
        edit("projects/gadget/snapshots/2023-09-30.yaml", "ahead: 40", "ahead: 41");
        BuildResult r = build();
        assertTrue(r.carried() >= filesUnder("projects/solo", "projects/libre"), "carried " + r.carried());
        // The upstream's page lists its forks, how far ahead each is among them.
        assertNotEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(out.resolve("projects/widget/index.html")));
        assertSameAsAFullBuild();
    }

    @Test
    void aChangedActorRendersEveryProjectsPages() throws Exception {
        edit("actors/acme.yaml", "Acme Corp", "Acme Corporation");
        BuildResult r = build();
        // Only site-wide pages whose view does not show the actor (another actor's page, say) are carried.
        assertTrue(r.carried() < htmlPagesOutside("projects"), "carried " + r.carried());
        assertSameAsAFullBuild();
    }

    @Test
    void aSnapshotTouchedButUnchangedCarriesEveryPage() throws Exception {
        Path file = data.resolve("projects/libre/snapshots/2023-03-31.yaml");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 60_000));
        BuildResult r = build();
        assertFalse(r.upToDate());
        // Every page, the site-wide ones (index, changes, actors, alliances, forks, 404) too.
        assertTrue(r.carried() >= htmlPagesOutside(), "carried " + r.carried() + " of " + htmlPagesOutside());
        assertSameAsAFullBuild();
    }

    @Test
    void aChangedSnapshotCarriesTheSiteWidePagesItDoesNotShowIn() throws Exception {
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        BuildResult r = build();
        // More than the other projects' files: some site-wide pages (the alliances', say) are carried too.
        long others = filesUnder("projects/solo", "projects/widget", "projects/gadget", "badges/solo", "badges/widget",
                "badges/gadget") + 3;
        assertTrue(r.carried() > others, "carried " + r.carried() + ", other projects' files " + others);
        assertSameAsAFullBuild();
    }

    @Test
    void aChangeAddedAtTheTopLeavesTheOlderChangePagesAsTheyWere() throws Exception {
        data = Fixture.busy(tmp.resolve("busy"), "https://example.org/report/", 420);
        out = tmp.resolve("busy-out");
        build();
        byte[] oldest = Files.readAllBytes(out.resolve("changes/page-1.html"));
        byte[] entry = Files.readAllBytes(out.resolve("changes/index.html"));
        // A newer snapshot of busy, with a change: it goes to the top of the change log (on the newest day of
        // the data, which stays the same: a new newest day would change every page's footer).
        String busy = Files.readString(data.resolve("projects/busy/snapshots/2023-09-29.yaml"));
        assertTrue(busy.contains("bus_factor: 2"));
        Files.writeString(data.resolve("projects/busy/snapshots/2023-09-30.yaml"),
                busy.replace("2023-09-29", "2023-09-30").replace("bus_factor: 2", "bus_factor: 3"));
        BuildResult r = build();
        assertArrayEquals(oldest, Files.readAllBytes(out.resolve("changes/page-1.html")));
        assertNotEquals(new String(entry, StandardCharsets.UTF_8), Files.readString(out.resolve("changes/index.html")));
        assertTrue(Files.readString(out.resolve("changes/index.html")).contains("page 2 of 2"));
        assertTrue(r.carried() > 0);
        assertSameAsAFullBuild();
    }

    @Test
    void aDamagedPageRecordRendersAndChecksEverything() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve(".cache/levermap"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("pages-")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(f, bytes);
            }
        }
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        assertEquals(0, build().carried());
        assertSameAsAFullBuild();
    }

    /** The HTML pages of the built site outside {@code folders}. */
    private long htmlPagesOutside(String... folders) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".html"))
                    .filter(f -> java.util.Arrays.stream(folders).noneMatch(d -> f.startsWith(d + "/"))).count();
        }
    }

    @Test
    void aChangedTemplateRendersEveryPage() throws Exception {
        Files.createDirectories(data.resolve("templates"));
        try (InputStream in = getClass().getResourceAsStream("/org/levermap/theme/templates/snapshot.ftlh")) {
            Files.writeString(data.resolve("templates/snapshot.ftlh"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8) + "<!-- the site's own snapshot page -->\n");
        }
        assertEquals(0, build().carried());
        assertTrue(Files.readString(out.resolve("projects/solo/2023-09-30.html"))
                .contains("the site's own snapshot page"));
        assertSameAsAFullBuild();
    }

    @Test
    void aDeletedProjectsPagesAreGone() throws Exception {
        StagedOutput.deleteTree(data.resolve("projects/solo"));
        build();
        assertFalse(Files.exists(out.resolve("projects/solo")));
        assertFalse(Files.exists(out.resolve("api/projects/solo.json")));
        assertSameAsAFullBuild();
    }

    @Test
    void aSiteEditedSinceItsBuildIsRenderedInFull() throws Exception {
        Files.writeString(out.resolve("projects/solo/index.html"), "edited by hand");
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        assertEquals(0, build().carried());
        assertSameAsAFullBuild();
    }

    @Test
    void aForcedBuildRendersEveryPage() throws Exception {
        edit("projects/libre/snapshots/2023-03-31.yaml", "bus_factor: 5", "bus_factor: 2");
        assertEquals(0, new SiteBuilder(BuildOptions.DEFAULTS.withForce(true), "levermap test").build(data, out)
                .carried());
        assertSameAsAFullBuild();
    }
}
