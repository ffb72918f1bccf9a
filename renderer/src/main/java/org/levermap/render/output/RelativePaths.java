package org.levermap.render.output;

import java.nio.file.Path;

/**
 * The path of a file below a folder as text, as {@code base.relativize(file).toString()} gives it, cut
 * from the file's own path where it starts with the folder's: a walk of tens of thousands of files made
 * most of a rebuild's garbage relativizing each.
 */
final class RelativePaths {

    private RelativePaths() {
    }

    /** {@code file} relative to {@code base}, with the file system's separator. */
    static String of(Path base, Path file) {
        String b = base.toString();
        String f = file.toString();
        String separator = base.getFileSystem().getSeparator();
        if (!b.isEmpty() && !b.endsWith(separator) && f.length() > b.length() + separator.length() && f.startsWith(b)
                && f.startsWith(separator, b.length())) {
            return f.substring(b.length() + separator.length());
        }
        return base.relativize(file).toString();
    }

    /** {@code file} relative to {@code base}, with {@code /} between its names. */
    static String slashed(Path base, Path file) {
        return slashed(base, of(base, file));
    }

    /** {@code relative}, as {@link #of} gave it for {@code base}, with {@code /} between its names. */
    static String slashed(Path base, String relative) {
        String separator = base.getFileSystem().getSeparator();
        return separator.equals("/") ? relative : relative.replace(separator, "/");
    }
}
