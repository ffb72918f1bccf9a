package org.levermap.collect.license;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The licenses SPDX does not list, bundled as resources ({@code refs/index.yaml} and one text
 * each), with the ids and names of the ScanCode LicenseDB.
 */
final class LicenseRefs {

    private static final String INDEX = "refs/index.yaml";

    private LicenseRefs() {
    }

    /** One entry of the index. */
    record Entry(String id, String name, String file, String source) {
    }

    /** The entries of the index, in its order. */
    static List<Entry> entries() {
        try (InputStream in = open(INDEX)) {
            return List.of(new ObjectMapper(new YAMLFactory()).readValue(in, Entry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("levermap's LicenseRef index is unreadable; rebuild it", e);
        }
    }

    /** Every bundled license, as a reference. */
    static List<ReferenceLicense> load() {
        List<ReferenceLicense> references = new ArrayList<>();
        for (Entry e : entries()) {
            references.add(ReferenceLicense.of(e.id(), e.name(), text(e), ""));
        }
        return references;
    }

    /** The bundled text of one entry. */
    static String text(Entry entry) {
        try (InputStream in = open("refs/" + entry.file())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("levermap's text of " + entry.id() + " is unreadable; rebuild it", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LicenseRefs.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
