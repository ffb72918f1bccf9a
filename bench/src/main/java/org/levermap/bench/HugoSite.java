package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.levermap.render.output.StagedOutput;

/**
 * A Hugo site of a given number of pages, for timing Hugo beside levermap on the same machine: sections
 * (one per project) of single pages whose Markdown makes pages of about a given size, and a small theme
 * of three layouts (base, list, single) with a menu of sections, a table of a section's pages and links
 * between them. Taxonomies, feeds, sitemap and robots.txt are off, so every page Hugo writes is one of
 * these HTML pages: the home page, one list per section, and the singles.
 */
final class HugoSite {

    private static final String BASE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>{{ with .Parent }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer>Built {{ now.Format "2006-01-02" }} · {{ len .Site.RegularPages }} pages</footer></body></html>
            """;
    private static final String LIST = """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
            <table><thead><tr><th>Page</th><th>Date</th><th>Words</th><th>Summary</th></tr></thead><tbody>
            {{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Date.Format "2006-01-02" }}</td>
            <td>{{ .WordCount }}</td><td>{{ .Summary | plainify | truncate 80 }}</td></tr>
            {{ end }}</tbody></table>{{ end }}
            """;
    private static final String SINGLE = """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p class="meta">{{ .Date.Format "2 January 2006" }}
            · {{ .Params.score }} · {{ .ReadingTime }} min</p>{{ .Content }}
            <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}</nav></article>{{ end }}
            """;

    private HugoSite() {
    }

    /**
     * Writes a site of {@code pages} HTML pages in {@code sections} sections, each single page's
     * Markdown about {@code markdownBytes} long. Pages beyond an equal share go to the first sections.
     */
    static void write(Path root, int pages, int sections, int markdownBytes) throws IOException {
        int singles = pages - 1 - sections;
        if (singles < sections) {
            throw new IllegalArgumentException("too few pages for " + sections + " sections: " + pages);
        }
        StagedOutput.deleteTree(root);
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("layouts/_default/baseof.html"), BASE);
        Files.writeString(root.resolve("layouts/_default/list.html"), LIST);
        Files.writeString(root.resolve("layouts/_default/single.html"), SINGLE);
        Files.createDirectories(root.resolve("static"));
        Files.writeString(root.resolve("static/style.css"), "body{font-family:sans-serif;max-width:60rem;margin:auto}\n");
        Files.writeString(root.resolve("content/_index.md"), "---\ntitle: Home\n---\nAll sections.\n");
        for (int s = 0; s < sections; s++) {
            Path section = root.resolve("content/s-" + s);
            Files.createDirectories(section);
            Files.writeString(section.resolve("_index.md"), "---\ntitle: Section " + s + "\n---\nThe pages of section " + s
                    + ".\n");
            int count = singles / sections + (s < singles % sections ? 1 : 0);
            for (int p = 0; p < count; p++) {
                Files.writeString(section.resolve("page-" + p + ".md"), page(s, p, markdownBytes));
            }
        }
        // Last, so that a site interrupted while being written is not taken for a whole one.
        Files.writeString(root.resolve("config.toml"), """
                baseURL = "https://example.org/hugo/"
                title = "Hugo bench"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                """);
    }

    /** A page's Markdown: front matter, headings, paragraphs with links, a list and a table. */
    static String page(int section, int page, int bytes) {
        StringBuilder md = new StringBuilder(bytes + 200);
        md.append(String.format(Locale.ROOT, "---\ntitle: Page %d of section %d\ndate: 2024-%02d-%02d\nscore: %d.%d\n---\n",
                page, section, 1 + page % 12, 1 + page % 28, page % 10, section % 10));
        int block = 0;
        while (md.length() < bytes) {
            switch (block++ % 4) {
                case 0 -> md.append("\n## Part ").append(block).append("\n\n");
                case 1 -> md.append("The figure of part ").append(block).append(" in section ").append(section)
                        .append(" is *").append((section * 31 + page * 7 + block) % 100)
                        .append("%*, read from [the source](https://example.org/s/").append(section).append('/')
                        .append(page).append(") on the day it was collected, with **evidence** kept beside it.\n\n");
                case 2 -> md.append("- one holder of the lever: `org-").append(block).append("`\n- another, since ")
                        .append(2000 + block % 25).append("\n- a third one, unknown\n\n");
                default -> md.append("| lever | holder | since |\n|---|---|---|\n| name | org ").append(block)
                        .append(" | 20").append(10 + block % 15).append(" |\n| release | team | 2021 |\n\n");
            }
        }
        return md.toString();
    }

    /**
     * Hugo's peak resident memory per page, in KB: a fixed part and a part per KB of a page's Markdown.
     * Hugo 0.111 keeps every page's content live to the end (a soft limit, GOMEMLIMIT, does not lower
     * it); measured on 2026-11-28: 182 KB per page at 2,000 bytes of Markdown, 590 at 8,000 (26,874
     * pages), 1,250 at 17,300 (5,389 and 10,759 pages).
     */
    static final double PEAK_KB_PER_PAGE = 46;
    static final double PEAK_KB_PER_MARKDOWN_KB = 68;

    /** The share of the memory available that Hugo's estimated peak may take. */
    static final double MEMORY_SHARE = 0.75;

    /**
     * The Markdown of each page for a site of {@code pages} pages of about {@code averageBytes} each: that
     * size when Hugo's estimated peak fits {@link #MEMORY_SHARE} of {@code availableKb}, else the largest
     * that fits (at least 500 bytes), so that the comparison runs at all on the machine at hand.
     */
    static int markdownFor(int pages, double averageBytes, long availableKb) {
        // Markdown grows by about half as HTML (tags, the theme around it).
        int equal = (int) Math.max(500, (averageBytes - 900) / 1.45);
        double perPage = availableKb * MEMORY_SHARE / Math.max(1, pages);
        int fits = (int) ((perPage - PEAK_KB_PER_PAGE) / PEAK_KB_PER_MARKDOWN_KB * 1000);
        return Math.max(500, Math.min(equal, fits));
    }

    /** MemAvailable of /proc/meminfo, in KB; {@code Long.MAX_VALUE} where it cannot be read. */
    static long availableKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No limit known: pages of levermap's size.
        }
        return Long.MAX_VALUE;
    }

    /** The hugo command, installed from Debian's package when missing and allowed; null when it is not there. */
    static String hugo(boolean install) throws IOException, InterruptedException {
        for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(dir, "hugo"))) {
                return dir + "/hugo";
            }
        }
        if (install && "root".equals(System.getProperty("user.name"))) {
            System.out.println("installing Debian's hugo package (apt-get install -y hugo) ...");
            new ProcessBuilder("apt-get", "install", "-y", "-q", "hugo").inheritIO().start().waitFor();
            return Files.isExecutable(Path.of("/usr/bin/hugo")) ? "/usr/bin/hugo" : null;
        }
        return null;
    }
}
