package org.levermap.collect.license;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.levermap.model.repo.CodeVersion;
import org.levermap.model.repo.Sha256;

/**
 * Keeps the normalised catalogue on disk, so that a run reads it in a few tens of milliseconds
 * instead of parsing the SPDX list and normalising 700 texts. The file is named by a digest of
 * everything it is made from: the SPDX list in the library's jar, levermap's LicenseRef texts, and
 * the classes that normalise them; any change makes a new file. A cache that cannot be read or
 * written is only a slower start.
 */
final class CatalogCache {

    private static final String MAGIC = "levermap-license-catalogue-1";
    private static final List<String> SOURCES = List.of("LicenseText.class", "LicenseTemplate.class", "ReferenceOrder.class", "LicenseCatalog.class",
            "CopyrightNotices.class", "ReferenceLicense.class", "ChoicePhrases.class", "SpdxLicenses.class", "Words.class",
            "refs/index.yaml");

    private CatalogCache() {
    }

    /** The catalogue from {@code dir}, building and storing it when absent. */
    static LicenseCatalog load(Path dir) {
        Path file;
        try {
            file = dir.resolve("licenses-" + digest(dir) + ".bin");
        } catch (IOException e) {
            return LicenseCatalog.build();
        }
        ReferenceOrderCache orders = new ReferenceOrderCache(dir.resolve(ORDERS + digestOf(file)));
        if (Files.isRegularFile(file)) {
            try {
                LicenseCatalog read = read(file);
                return new LicenseCatalog(read.all(), read.spdxVersion(), orders);
            } catch (IOException | RuntimeException e) {
                // Unreadable: rebuilt and rewritten below.
            }
        }
        LicenseCatalog catalog = LicenseCatalog.build();
        try {
            write(catalog, file);
            removeOthers(file);
        } catch (IOException e) {
            // A read-only cache folder only costs the next run its time.
        }
        return new LicenseCatalog(catalog.all(), catalog.spdxVersion(), orders);
    }

    /** The folder of the word orders that go with a catalogue file, by the catalogue's digest. */
    private static final String ORDERS = "license-orders-";

    private static String digestOf(Path catalogue) {
        String name = catalogue.getFileName().toString();
        return name.substring("licenses-".length(), name.length() - ".bin".length());
    }

    /** Catalogues of older SPDX lists or older levermap versions are never read again. */
    private static void removeOthers(Path current) throws IOException {
        try (var files = Files.list(current.getParent())) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (!p.equals(current) && name.startsWith("licenses-") && name.endsWith(".bin")) {
                    Files.deleteIfExists(p);
                } else if (name.startsWith(ORDERS) && !name.equals(ORDERS + digestOf(current)) && Files.isDirectory(p)) {
                    try (var orders = Files.list(p)) {
                        for (Path o : orders.toList()) {
                            Files.deleteIfExists(o);
                        }
                    }
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The name of the file that keeps {@link #digest()} for one build of the code, by its identity. */
    private static final String DIGEST_MEMO = "licenses-digest-";

    /**
     * {@link #digest()}, computed once for each build of levermap's code (and of the SPDX library's):
     * it reads the whole SPDX list and every bundled text, and parses the LicenseRef index with Jackson,
     * about 0.2 s of CPU at every start of a collect for a result that only a new jar can change. The
     * digest is kept in {@code dir} under the code's identity ({@link CodeVersion}: path, size, time);
     * a memo that cannot be read or written only means computing it again.
     */
    static String digest(Path dir) throws IOException {
        String code = MAGIC + "\n" + CodeVersion.of(CatalogCache.class) + "\n"
                + CodeVersion.of(org.spdx.library.ListedLicenses.class);
        Path memo = dir.resolve(DIGEST_MEMO + Sha256.hex(code, 8));
        if (Files.isRegularFile(memo)) {
            try (DataInputStream in = GzipFiles.open(memo)) {
                String kept = in.readUTF();
                if (kept.matches("[0-9a-f]{16}")) {
                    return kept;
                }
            } catch (IOException e) {
                // Computed again, and written again, below.
            }
        }
        String digest = digest();
        try {
            GzipFiles.write(memo, out -> out.writeUTF(digest));
            // The memos of older builds of the code are never read again.
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    if (p.getFileName().toString().startsWith(DIGEST_MEMO) && !p.equals(memo)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // A read-only cache folder only costs the next run the digest's time.
        }
        return digest;
    }

    static String digest() throws IOException {
        MessageDigest d = Sha256.digest();
        d.update(MAGIC.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        update(d, org.spdx.library.ListedLicenses.class.getResourceAsStream("/resources/stdlicenses/licenses.json"));
        for (String s : SOURCES) {
            update(d, CatalogCache.class.getResourceAsStream(s));
        }
        for (LicenseRefs.Entry e : LicenseRefs.entries()) {
            update(d, CatalogCache.class.getResourceAsStream("refs/" + e.file()));
        }
        return HexFormat.of().formatHex(d.digest(), 0, 8);
    }

    private static void update(MessageDigest d, InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("a source of the license catalogue is missing");
        }
        try (in) {
            d.update(in.readAllBytes());
        }
    }

    static void write(LicenseCatalog catalog, Path file) throws IOException {
        GzipFiles.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeUTF(catalog.spdxVersion());
            out.writeInt(catalog.all().size());
            for (ReferenceLicense r : catalog.all()) {
                out.writeUTF(r.id());
                out.writeUTF(r.name());
                strings(out, r.required().set());
                strings(out, r.optional().set());
                strings(out, r.choicePhrases());
                strings(out, r.ownHolders());
            }
        });
    }

    static LicenseCatalog read(Path file) throws IOException {
        try (DataInputStream in = GzipFiles.open(file)) {
            if (!in.readUTF().equals(MAGIC)) {
                throw new IOException("not a license catalogue");
            }
            String version = in.readUTF();
            int n = in.readInt();
            List<ReferenceLicense> refs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                String name = in.readUTF();
                refs.add(new ReferenceLicense(id, name, LicenseFamilies.of(id), new Words(strings(in)), new Words(strings(in)),
                        strings(in), strings(in)));
            }
            return new LicenseCatalog(refs, version);
        }
    }

    private static void strings(DataOutputStream out, Set<String> set) throws IOException {
        List<String> sorted = new ArrayList<>(set);
        java.util.Collections.sort(sorted);
        out.writeInt(sorted.size());
        for (String s : sorted) {
            out.writeUTF(s);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        Set<String> set = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            set.add(in.readUTF());
        }
        return set;
    }
}
