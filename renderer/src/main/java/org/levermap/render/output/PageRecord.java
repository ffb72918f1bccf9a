package org.levermap.render.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.repo.Sha256;
import org.levermap.model.repo.TempFiles;

/**
 * Which inputs each page of the last build into an output folder was made from (the keys of
 * {@link org.levermap.render.plan.PageInputs}), kept in the data repository's
 * {@code .cache/levermap/pages-*.state}. A page whose inputs are unchanged is carried over from that
 * build; the record is trusted only while the output folder is still exactly as that build left it
 * (the same fingerprint of paths, sizes and times {@link BuildState} checks), so a site edited by hand
 * or built by another tool is rendered in full.
 */
public final class PageRecord {

    private final Path file;
    private final Map<String, String> previous;

    private PageRecord(Path file, Map<String, String> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** Where the record of builds of {@code root} into {@code out} is kept, without reading it (to write it). */
    public static PageRecord at(Path root, Path out) {
        return new PageRecord(file(root, out), Map.of());
    }

    private static Path file(Path root, Path out) {
        String name = Sha256.hex(out.toAbsolutePath().normalize().toString(), 8);
        return root.resolve(".cache/levermap/pages-" + name + ".state");
    }

    /** The record of the last build of {@code root} into {@code out}; empty when it cannot be trusted. */
    public static PageRecord of(Path root, Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path file = file(root, out);
        Map<String, String> previous = new HashMap<>();
        if (Files.isRegularFile(file) && Files.isDirectory(abs)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String fingerprint = in.readLine();
                if (fingerprint != null && fingerprint.equals(BuildState.outputFingerprint(abs))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int tab = line.indexOf('\t');
                        if (tab > 0) {
                            previous.put(line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                previous.clear(); // a damaged record: render everything
            }
        }
        return new PageRecord(file, previous);
    }

    /** Whether the last build made {@code path} from the inputs {@code key}. */
    public boolean unchanged(String path, String key) {
        return key != null && key.equals(previous.get(path));
    }

    /**
     * Records the build just committed: each file's input key, and the fingerprint of the output as
     * {@link BuildState#record} found it (null: not recorded, so nothing is carried over next time). A
     * failure to record only costs the next build its carrying over.
     */
    public void record(String outputFingerprint, Map<String, String> keys) {
        if (outputFingerprint == null) {
            forget();
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = TempFiles.createFile(file.getParent(), ".state", ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(outputFingerprint);
                w.write('\n');
                for (Map.Entry<String, String> e : new TreeMap<>(keys).entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            forget();
        }
    }

    /** Forgets the record (a build failed or could not be recorded): the next build renders everything. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A read-only data repository has no record to trust either.
        }
    }
}
