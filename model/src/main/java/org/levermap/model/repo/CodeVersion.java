package org.levermap.model.repo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Which build of levermap's code is running, as text that changes whenever the code does: what the
 * build record and the parsed-record cache are keyed by, so that upgrading levermap (or rebuilding it
 * from changed sources) never reuses what an older version derived.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    /** The identity of the code {@code type} was loaded from (see {@link #of(URL)}). */
    public static String of(Class<?> type) throws IOException {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "unknown" : of(source.getLocation());
    }

    /**
     * Where code or a resource was loaded from, as path, size and modification time: the jar of a
     * {@code jar:} URL, else the file or folder (walked) of a {@code file:} URL.
     */
    public static String of(URL location) throws IOException {
        try {
            String url = location.toString();
            if (url.startsWith("jar:")) {
                url = url.substring(4, url.indexOf("!/"));
            }
            Path p = Path.of(new java.net.URI(url));
            if (Files.isRegularFile(p) && url.endsWith(".jar")) {
                return p + "\t" + Files.size(p) + "\t" + Files.getLastModifiedTime(p).toMillis();
            }
            Path dir = Files.isDirectory(p) ? p : p.getParent();
            long newest = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                    count++;
                }
            }
            return dir + "\t" + count + "\t" + newest;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return location.toString();
        }
    }
}
