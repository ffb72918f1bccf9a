package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a license file into segments at title-like paragraphs, so that a file holding several
 * license texts one after another ("1. Redis Source Available License 2.0 … 2. Server Side Public
 * License …", or an Apache License followed by the Commons Clause) can be matched part by part. A
 * title is a short paragraph of at most two lines of text (an underline may follow) that does not
 * end like a sentence. Section headings inside one license are titles too; matching ranges of
 * consecutive segments puts such a license back together.
 */
final class LicenseSegments {

    /**
     * Beyond this many segments, boundaries are dropped (from the middle) to bound the number of
     * ranges matched: coarser segments, found in files far longer than any license text.
     */
    static final int MAX_SEGMENTS = 60;

    private LicenseSegments() {
    }

    /**
     * One segment: lines {@code [firstLine, lastLine]}, 1-based, inclusive.
     *
     * @param text the segment's text
     * @param firstLine first line
     * @param lastLine last line
     */
    record Segment(String text, int firstLine, int lastLine) {
    }

    /** The segments of {@code text}, in order; one segment when it has no titles. */
    static List<Segment> of(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            if (i > 0 && (isTitle(lines, i, end) || isHeading(lines, i, end))) {
                starts.add(i);
            }
            i = end;
        }
        while (starts.size() > MAX_SEGMENTS) {
            starts.remove(starts.size() / 2);
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.length;
            segments.add(new Segment(String.join("\n", java.util.Arrays.asList(lines).subList(from, to)), from + 1, to));
        }
        return segments;
    }

    /** The first line of a longer paragraph, when it reads as a heading ("Meta Llama 3 Acceptable Use Policy"). */
    private static boolean isHeading(String[] lines, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        String first = lines[from].strip().replaceAll("[*_#\\s]+$", "").replaceAll("^[*_#\\s]+", "");
        return first.length() <= 60 && first.split("\\s+").length <= 8 && first.matches("[\\p{Lu}\\d].*\\p{L}.*")
                && !first.matches(".*[.,;:]$");
    }

    private static boolean isTitle(String[] lines, int from, int to) {
        int textLines = 0;
        int chars = 0;
        String last = "";
        for (int i = from; i < to; i++) {
            String line = lines[i].strip();
            if (line.matches("[=\\-*_~#]{3,}")) {
                continue;
            }
            textLines++;
            chars += line.length();
            last = line;
        }
        if (textLines == 0 || textLines > 2 || chars > 120 || !last.matches(".*\\p{L}.*")) {
            return false;
        }
        String end = last.replaceAll("[*_#\\s]+$", "");
        return !(end.endsWith(".") && !end.matches(".*\\b[vV]?\\d+(\\.\\d+)*\\.$")) && !end.endsWith(",")
                && !end.endsWith(";") && !end.endsWith(":");
    }
}
