package org.levermap.collect.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the trailers of a commit message exactly as git 2.39 does for {@code %(trailers)}
 * ({@code trailer.c}): the trailer block is the last paragraph after the title paragraph, preceded by
 * a blank line, whose lines are all trailers (or their continuation lines), or of which at least a
 * quarter are trailers including one that git itself writes ({@code Signed-off-by: }, {@code (cherry
 * picked from commit }). A trailer is a token of letters, digits and hyphens, optional blanks, then
 * {@code :}. Lines starting with {@code #} are comments; trailing comment and blank lines are ignored.
 */
public final class Trailers {

    private static final String[] GIT_GENERATED = {"Signed-off-by: ", "(cherry picked from commit "};

    private Trailers() {
    }

    /**
     * One trailer.
     *
     * @param token the key as written
     * @param value the value, continuation lines joined
     */
    public record Trailer(String token, String value) {
    }

    /** Whether the message has a trailer whose key is {@code Signed-off-by}, in any case. */
    public static boolean hasSignedOffBy(String message) {
        for (Trailer t : of(message)) {
            if (t.token().toLowerCase(Locale.ROOT).equals("signed-off-by")) {
                return true;
            }
        }
        return false;
    }

    /** The trailers of {@code message}, in order. */
    public static List<Trailer> of(String message) {
        List<String> lines = lines(message);
        int end = endOfTrailers(lines);
        int start = startOfTrailers(lines, end);
        List<Trailer> trailers = new ArrayList<>();
        Trailer last = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            if (last != null && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                last = new Trailer(last.token(), last.value() + "\n" + line);
                trailers.set(trailers.size() - 1, last);
                continue;
            }
            int sep = separator(line);
            if (sep >= 1) {
                last = new Trailer(line.substring(0, sep).strip(), line.substring(sep + 1).strip());
                trailers.add(last);
            } else {
                last = null;
            }
        }
        return trailers;
    }

    private static List<String> lines(String message) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < message.length()) {
            int nl = message.indexOf('\n', from);
            if (nl < 0) {
                lines.add(message.substring(from));
                break;
            }
            lines.add(message.substring(from, nl));
            from = nl + 1;
        }
        return lines;
    }

    /** Trailing comment and blank lines are not part of the message's trailers ({@code ignore_non_trailer}). */
    private static int endOfTrailers(List<String> lines) {
        int end = lines.size();
        int boc = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                if (boc < 0) {
                    boc = i;
                }
            } else {
                boc = -1;
            }
        }
        return boc >= 0 ? boc : end;
    }

    private static int startOfTrailers(List<String> lines, int end) {
        int endOfTitle = 0;
        while (endOfTitle < end) {
            String line = lines.get(endOfTitle);
            if (!line.startsWith("#") && line.isBlank()) {
                break;
            }
            endOfTitle++;
        }
        boolean onlySpaces = true;
        boolean recognizedPrefix = false;
        int trailerLines = 0;
        int nonTrailerLines = 0;
        int possibleContinuationLines = 0;
        for (int l = end - 1; l >= endOfTitle; l--) {
            String line = lines.get(l);
            if (line.startsWith("#")) {
                nonTrailerLines += possibleContinuationLines;
                possibleContinuationLines = 0;
                continue;
            }
            if (line.isBlank()) {
                if (onlySpaces) {
                    continue;
                }
                nonTrailerLines += possibleContinuationLines;
                if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) {
                    return l + 1;
                } else if (trailerLines > 0 && nonTrailerLines == 0) {
                    return l + 1;
                }
                return end;
            }
            onlySpaces = false;
            boolean generated = false;
            for (String prefix : GIT_GENERATED) {
                if (line.startsWith(prefix)) {
                    generated = true;
                    break;
                }
            }
            if (generated) {
                trailerLines++;
                possibleContinuationLines = 0;
                recognizedPrefix = true;
                continue;
            }
            int sep = separator(line);
            if (sep >= 1 && !Character.isWhitespace(line.charAt(0))) {
                trailerLines++;
                possibleContinuationLines = 0;
            } else if (Character.isWhitespace(line.charAt(0))) {
                possibleContinuationLines++;
            } else {
                nonTrailerLines++;
                nonTrailerLines += possibleContinuationLines;
                possibleContinuationLines = 0;
            }
        }
        return end;
    }

    /** git's {@code find_separator}: the index of {@code :} after a token and optional blanks, or -1. */
    private static int separator(String line) {
        boolean whitespaceFound = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!whitespaceFound && (isAsciiAlnum(c) || c == '-')) {
                continue;
            }
            if (i != 0 && (c == ' ' || c == '\t')) {
                whitespaceFound = true;
                continue;
            }
            break;
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
