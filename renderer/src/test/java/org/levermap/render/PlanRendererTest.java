package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.render.output.BuildState;
import org.levermap.render.output.PageRecord;
import org.levermap.render.output.StagedOutput;
import org.levermap.render.plan.PlannedFile;

/**
 * Carried pages are checked from the record of the build that checked their links: a link that this
 * build breaks is still reported, whether the carried page links out or a rendered page links into it.
 */
class PlanRendererTest {

    @TempDir
    Path tmp;

    private int carried;

    private static PlannedFile page(String path, String key, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>\n";
        return new PlannedFile(path, true, null, true, () -> html.getBytes(StandardCharsets.UTF_8), key);
    }

    /** Builds {@code plan} into out/ as SiteBuilder does; returns the broken links. */
    private List<String> build(List<PlannedFile> plan, boolean recordLinks) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = tmp.resolve("out");
        StagedOutput output = StagedOutput.open(out);
        PlanRenderer renderer = new PlanRenderer(plan, output, PageRecord.of(data, out), 2);
        List<String> problems = new ArrayList<>(renderer.render().problems());
        carried = renderer.carried();
        output.commit();
        String fingerprint = BuildState.of(data, out, "", List.of()).record(out);
        if (recordLinks) {
            PageRecord.at(data, out).record(fingerprint, renderer.keys(), renderer.links(), renderer.ids());
        } else {
            PageRecord.at(data, out).record(fingerprint, renderer.keys());
        }
        return problems;
    }

    private static boolean has(List<String> problems, String text) {
        return problems.stream().anyMatch(p -> p.contains(text));
    }

    @Test
    void aLinkOnACarriedPageThatThisBuildBreaksIsReported() throws Exception {
        PlannedFile a = page("a.html", "A", "<a href=\"b.html#x\">b</a> <a href=\"c.html\">c</a>");
        assertEquals(List.of(), build(List.of(a, page("b.html", "B1", "<p id=\"x\">x</p>"), page("c.html", "C", "")),
                true));
        // The carried page is not read again: what it holds now on disk (same size and time, no links) is ignored.
        Path file = tmp.resolve("out/a.html");
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "-".repeat((int) Files.size(file)));
        Files.setLastModifiedTime(file, time);

        List<String> problems = build(List.of(a, page("b.html", "B2", "<p id=\"y\">y</p>")), true);
        assertEquals(1, carried);
        assertTrue(has(problems, "a.html: broken link c.html"), problems.toString());
        assertTrue(has(problems, "no id 'x' in b.html"), problems.toString());
    }

    @Test
    void withoutARecordOfItsLinksACarriedPageIsReadAgain() throws Exception {
        PlannedFile a = page("a.html", "A", "<a href=\"b.html#x\">b</a>");
        assertEquals(List.of(), build(List.of(a, page("b.html", "B1", "<p id=\"x\">x</p>")), false));
        List<String> problems = build(List.of(a, page("b.html", "B2", "<p id=\"y\">y</p>")), true);
        assertEquals(1, carried);
        assertTrue(has(problems, "a.html: broken anchor b.html#x"), problems.toString());
    }

    @Test
    void aRenderedPagesAnchorOnACarriedPageIsChecked() throws Exception {
        PlannedFile a = page("a.html", "A", "<p id=\"x\">x</p>");
        assertEquals(List.of(), build(List.of(a, page("b.html", "B1", "<a href=\"a.html#x\">a</a>")), true));
        assertEquals(List.of(), build(List.of(a, page("b.html", "B2", "<a href=\"a.html#x\">a, again</a>")), true));
        assertEquals(1, carried);
        List<String> problems = build(List.of(a, page("b.html", "B3", "<a href=\"a.html#z\">a</a>")), true);
        assertTrue(has(problems, "no id 'z' in a.html"), problems.toString());
    }

    @Test
    void aCarriedPagesIdsComeFromTheRecordWithoutReadingIt() throws Exception {
        PlannedFile a = page("a.html", "A", "<p id=\"x\">x</p>");
        assertEquals(List.of(), build(List.of(a, page("b.html", "B1", "<a href=\"a.html#x\">a</a>")), true));
        // What the carried page holds on disk now (same size and time, no ids) is not read.
        Path file = tmp.resolve("out/a.html");
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "-".repeat((int) Files.size(file)));
        Files.setLastModifiedTime(file, time);
        assertEquals(List.of(), build(List.of(a, page("b.html", "B2", "<a href=\"a.html#x\">a, again</a>")), true));
        assertEquals(1, carried);
        List<String> problems = build(List.of(a, page("b.html", "B3", "<a href=\"a.html#z\">a</a>")), true);
        assertTrue(has(problems, "no id 'z' in a.html"), problems.toString());
    }

    @Test
    void linksBetweenCarriedPagesHoldWithoutBeingChecked() throws Exception {
        List<PlannedFile> plan = List.of(page("a.html", "A", "<a href=\"b.html#x\">b</a>"),
                page("b.html", "B", "<p id=\"x\">x</p><a href=\"a.html\">a</a>"));
        assertEquals(List.of(), build(plan, true));
        assertEquals(List.of(), build(plan, true));
        assertEquals(2, carried);
    }
}
