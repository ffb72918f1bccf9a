package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;

/**
 * licensee's own fixture suite (its {@code spec/fixtures/} and expected answers, and its 47
 * canonical choosealicense texts; see the NOTICE in the resources folder): every case is either
 * licensee's answer or a difference documented here with its reason, and the figures are printed
 * for the README.
 */
class LicenseeSuiteTest {

    private static final Path ROOT = Path.of("src/test/resources/org/levermap/collect/license/licensee");

    /** Where levermap deliberately answers otherwise than licensee: fixture → levermap's answer and why. */
    private static final Map<String, String[]> DIFFERENT = Map.ofEntries(
            Map.entry("fcpl-modified-mpl", new String[] {"LicenseRef-MPL-2.0-modified",
                "licensee: other. An MPL with non-commercial and attribution clauses added: not the MPL, and named after it"}),
            Map.entry("wrk-modified-apache", new String[] {"LicenseRef-Apache-2.0-modified",
                "licensee: other. An Apache License with a clause 4(e) added: not Apache-2.0, and named after it"}),
            Map.entry("pixar-modified-apache", new String[] {"Pixar",
                "licensee: other. The SPDX License List has this modified Apache License as the Pixar License"}),
            Map.entry("cc-by-nc-sa", new String[] {"CC-BY-NC-SA-4.0", "licensee: other. SPDX lists it; licensee does not"}),
            Map.entry("cc-by-nd", new String[] {"CC-BY-ND-4.0", "licensee: other. SPDX lists it; licensee does not"}),
            Map.entry("bsd-plus-patents", new String[] {"BSD-3-Clause",
                "licensee: other. The license is BSD-3-Clause; the PATENTS grant is recorded beside it, with its termination clause"}),
            Map.entry("case-sensitive", new String[] {"none", "licensee: other. An empty LICENSE file states no license"}),
            Map.entry("multiple-license-files", new String[] {"MPL-2.0 OR MIT",
                "licensee: other. Root license files are alternatives"}),
            Map.entry("licenses-dir-with-multiple-license-files", new String[] {"MIT AND MPL-2.0",
                "licensee: other. REUSE licenses apply each to the files that declare it"}),
            Map.entry("licenses-dir-with-top-level-license", new String[] {"Apache-2.0 AND MIT",
                "licensee: other. The REUSE folder's licenses not named by the root file are added with AND"}));

    private final LicenseCatalog catalog = Catalog.shared();
    private final LicenseSources sources = new LicenseSources(new LicenseIdentifier(catalog), catalog);

    @Test
    void everyFixtureIsLicenseesAnswerOrADocumentedDifference() throws IOException {
        Map<String, String> spdxOfKey = spdxOfKeys();
        JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("fixtures/fixtures.yml").toFile());
        Map<String, String> wrong = new TreeMap<>();
        int passed = 0;
        int different = 0;
        for (var it = expected.fields(); it.hasNext();) {
            var e = it.next();
            String fixture = e.getKey();
            String key = e.getValue().path("key").asText("");
            String ours = identifyProject(ROOT.resolve("fixtures").resolve(fixture));
            String[] documented = DIFFERENT.get(fixture);
            if (documented != null) {
                different++;
                if (!documented[0].equals(ours)) {
                    wrong.put(fixture, "documented " + documented[0] + ", got " + ours);
                }
            } else if (same(licensee(key, spdxOfKey), ours)) {
                passed++;
            } else {
                wrong.put(fixture, "licensee " + key + ", got " + ours);
            }
        }
        System.out.printf("licensee fixtures: %d passed, %d different (documented), %d wrong%n", passed, different,
                wrong.size());
        wrong.forEach((k, v) -> System.out.println("  wrong: " + k + ": " + v));
        assertEquals(Map.of(), wrong);
    }

    @Test
    void everyCanonicalTextIsIdentified() throws IOException {
        Map<String, String> wrong = new TreeMap<>();
        int n = 0;
        try (Stream<Path> files = Files.list(ROOT.resolve("choosealicense"))) {
            for (Path f : files.sorted().toList()) {
                n++;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String spdx = frontMatter(text).get("spdx-id");
                String body = text.substring(text.indexOf("\n---", 3) + 4);
                String ours = sources.identify("LICENSE", body).expression();
                if (!same(spdx, ours)) {
                    wrong.put(f.getFileName().toString(), spdx + " → " + ours);
                }
            }
        }
        System.out.printf("choosealicense texts: %d of %d identified%n", n - wrong.size(), n);
        assertEquals(Map.of(), wrong);
    }

    /** The expression of a fixture project: its root files and its LICENSES/ folder. */
    private String identifyProject(Path dir) throws IOException {
        List<LicenseExpression.FileResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            files.addAll(s.sorted().toList());
        }
        Path reuse = dir.resolve(LicenseSources.REUSE_FOLDER);
        if (Files.isDirectory(reuse)) {
            try (Stream<Path> s = Files.list(reuse)) {
                files.addAll(s.sorted().toList());
            }
        }
        for (Path f : files) {
            String path = dir.relativize(f).toString().replace('\\', '/');
            if (Files.isRegularFile(f) && LicenseSources.role(path).isPresent()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                results.add(new LicenseExpression.FileResult(path, sources.identify(path, text)));
            }
        }
        return LicenseExpression.combine(results).expression();
    }

    /** licensee's answer as levermap would write it. */
    private static String licensee(String key, Map<String, String> spdxOfKey) {
        return switch (key) {
            case "", "no-license" -> LicenseExpression.NONE;
            case "other" -> Identification.NOASSERTION;
            default -> spdxOfKey.getOrDefault(key, key);
        };
    }

    /** Equal, counting choosealicense's bare GNU ids ({@code GPL-3.0}) as the "-only" ids they stand for. */
    private static boolean same(String theirs, String ours) {
        return theirs.equals(ours) || (theirs + "-only").equals(ours);
    }

    private static Map<String, String> spdxOfKeys() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("choosealicense"))) {
            for (Path f : files.toList()) {
                String key = f.getFileName().toString().replaceAll("\\.txt$", "");
                out.put(key, frontMatter(Files.readString(f, StandardCharsets.UTF_8)).get("spdx-id"));
            }
        }
        return out;
    }

    private static Map<String, String> frontMatter(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.substring(0, text.indexOf("\n---", 3)).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return out;
    }
}
