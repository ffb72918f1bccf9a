package org.levermap.model.repo;

/**
 * One thing wrong with a data repository file, located for a person to fix.
 *
 * @param file the file, relative to the data repository root, with {@code /} separators
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    /** A problem about a whole file. */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code file:line:col: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
