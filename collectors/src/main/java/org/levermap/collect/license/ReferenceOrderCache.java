package org.levermap.collect.license;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.levermap.model.repo.Sha256;

/**
 * Keeps the word order of the references texts came close to on disk, one small file each, in a
 * folder named by the catalogue's digest: reading it back saves a run the SPDX library's start (a
 * second or more) and the parsing of the license. A file that cannot be read or written only costs
 * that time.
 */
final class ReferenceOrderCache {

    private static final String MAGIC = "levermap-reference-order-1";

    private final Path dir;

    /** A cache in {@code dir}, created when first written. */
    ReferenceOrderCache(Path dir) {
        this.dir = dir;
    }

    /** The order of {@code reference}, from the cache, else computed by {@code compute} and stored. */
    ReferenceOrder get(ReferenceLicense reference, Supplier<ReferenceOrder> compute) {
        Path file = dir.resolve(key(reference) + ".bin");
        if (Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException | RuntimeException e) {
                // Unreadable: computed and rewritten below.
            }
        }
        ReferenceOrder order = compute.get();
        try {
            write(order, file);
        } catch (IOException e) {
            // A read-only cache only costs the next run its time.
        }
        return order;
    }

    private static String key(ReferenceLicense reference) {
        return Sha256.hex(reference.id() + "\u0000" + reference.name(), 10);
    }

    private static void write(ReferenceOrder order, Path file) throws IOException {
        GzipFiles.write(file, out -> {
            out.writeUTF(MAGIC);
            out.writeInt(order.required().size());
            for (String w : order.required()) {
                out.writeUTF(w);
            }
            out.writeInt(order.bigrams().size());
            for (String b : order.bigrams()) {
                out.writeUTF(b);
            }
        });
    }

    private static ReferenceOrder read(Path file) throws IOException {
        try (DataInputStream in = GzipFiles.open(file)) {
            if (!in.readUTF().equals(MAGIC)) {
                throw new IOException("not a reference order");
            }
            int n = in.readInt();
            List<String> required = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                required.add(in.readUTF());
            }
            int m = in.readInt();
            Set<String> bigrams = new HashSet<>(m * 2);
            for (int i = 0; i < m; i++) {
                bigrams.add(in.readUTF());
            }
            return new ReferenceOrder(required, bigrams);
        }
    }
}
