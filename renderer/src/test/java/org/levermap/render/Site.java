package org.levermap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A built site under test: its pages as jsoup documents, its files as bytes. */
record Site(Path dir) {

    static Site build(Path data, Path out, BuildOptions options) throws Exception {
        new SiteBuilder(options, "levermap test").build(data, out);
        return new Site(out);
    }

    Document page(String path) throws IOException {
        Path file = dir.resolve(path);
        assertTrue(Files.isRegularFile(file), "no page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    String text(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    boolean has(String path) {
        return Files.isRegularFile(dir.resolve(path));
    }

    /** Every file's bytes, by path. */
    Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Every HTML page's path. */
    java.util.List<String> pages() throws IOException {
        return files().keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }
}
