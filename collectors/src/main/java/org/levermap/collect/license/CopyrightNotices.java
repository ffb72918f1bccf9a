package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds copyright notices in a license file and the holders they name: {@code Copyright (c)
 * 2009-2012, Jane Doe <jane@example.org>} gives {@code Jane Doe}. Years, markers, e-mail addresses
 * and "All rights reserved" are left out; the holder is kept as written.
 */
final class CopyrightNotices {

    /** A line that starts as a notice: a marker, then a year, another marker or a name. */
    private static final Pattern NOTICE_START = Pattern.compile(
            "^[\\s*#/;>\\-_]*(copyright\\b|\u00a9|\\(c\\))\\s*((?:(?:\\(c\\)|\u00a9|:)\\s*)*)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("^(19|20)\\d\\d\\b.*");
    /** A marker followed by a year anywhere in a line: "The Licensed Work is (c) 2023 HashiCorp, Inc.". */
    private static final Pattern INLINE_NOTICE = Pattern.compile(
            "(?:\\(c\\)|\u00a9|copyright)\\s*((?:19|20)\\d\\d.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile(
            "^(?:(?:19|20)\\d\\d(?:\\s*[-\u2013\u2014/]\\s*(?:(?:19|20)\\d\\d|present|now|today))?[\\s,;.]*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_YEARS = Pattern.compile(
            "[\\s,;]+(?:19|20)\\d\\d(?:\\s*[-\u2013]\\s*(?:(?:19|20)\\d\\d|present))?[\\s.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\s*<[^<>]*>|\\s*\\([^()]*@[^()]*\\)");
    private static final Pattern URL = Pattern.compile("\\s*[<(\\[]?https?://\\S+[>)\\]]?");
    /** A comma that another follows: what an address between two commas leaves ("Daniel Stenberg,, and many"). */
    private static final Pattern DOUBLED_COMMA = Pattern.compile(",\\s*(?=,)");
    private static final Pattern RESERVED = Pattern.compile("[\\s,.;]*all rights reserved\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<!\\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St|Ab|[A-Z]))\\.\\s+(?=[\\p{Lu}\"\u201c])");
    /** A name cut short at the end of its line: "Daniel Stenberg, <daniel@haxx.se>, and many" + "contributors, see …". */
    private static final Pattern DANGLING = Pattern.compile("(?i)(?:^|[\\s,])(and|or|&|many|other|the|of|by|with)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;(]|\\.\\s|\\.$|\\s+see\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<\\s*(year|name|owner|copyright|author)|\\[\\s*(yyyy|year|name|fullname|owner)|\\{\\s*(yyyy|year)|\\byyyy\\b",
            Pattern.CASE_INSENSITIVE);
    /** What follows "copyright" in sentences about copyright rather than notices of it. */
    private static final Pattern NOT_A_HOLDER = Pattern.compile(
            "^(notice|notices|holder|holders|owner|owners|law|laws|license|licen[cs]es|and|or|of|in|to|the\\s+(above|copyright)|"
                    + "statement|statements|protection|interest|infringement|is|are|for|on|by\\s+the|information|"
                    + "assignment|act|rights|claims?|status|header|text|year|date)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private CopyrightNotices() {
    }

    /**
     * A holder named in a notice.
     *
     * @param name as written, without years, markers, e-mail addresses or "All rights reserved"
     * @param line 1-based line of the notice
     */
    record Holder(String name, int line) {
    }

    /** Whether {@code line} is a copyright notice (which normalisation drops from license texts). */
    static boolean isNotice(String line) {
        if (!mentionsCopyright(line)) {
            return false;
        }
        Matcher m = NOTICE_START.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String keyword = m.group(1);
        String rest = m.group(3).strip();
        if (PLACEHOLDER.matcher(rest).find()) {
            return true;
        }
        boolean year = STARTS_WITH_YEAR.matcher(rest).matches();
        if (keyword.equalsIgnoreCase("(c)") && !m.group(2).contains("\u00a9") && !year) {
            // "(c) You must retain…" is item (c) of a list, not a notice.
            return false;
        }
        boolean marker = !keyword.equalsIgnoreCase("copyright") || m.group(2).contains("(") || m.group(2).contains("\u00a9");
        if (marker || year) {
            return !rest.isEmpty() || marker;
        }
        // "Copyright The Foo Authors" is a notice; "copyright doctrines of fair use" in a wrapped sentence is not.
        return !keyword.equals("copyright") && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))
                && !NOT_A_HOLDER.matcher(rest).matches();
    }

    /** Every holder named in {@code text}, in order, each once. */
    static List<Holder> holders(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Holder> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String name = holderIn(lines[i], i + 1 < lines.length ? lines[i + 1] : "");
            if (name != null && !seen.contains(key(name))) {
                seen.add(key(name));
                found.add(new Holder(name, i + 1));
            }
        }
        return found;
    }

    /** A cheap test before the patterns: most lines of a license never mention copyright. */
    private static boolean mentionsCopyright(String line) {
        if (line.indexOf('\u00a9') >= 0) {
            return true;
        }
        for (int i = line.indexOf('('); i >= 0 && i + 2 < line.length(); i = line.indexOf('(', i + 1)) {
            if ((line.charAt(i + 1) == 'c' || line.charAt(i + 1) == 'C') && line.charAt(i + 2) == ')') {
                return true;
            }
        }
        return containsIgnoreCase(line, "copyright");
    }

    private static boolean containsIgnoreCase(String line, String word) {
        int n = word.length();
        for (int i = 0; i + n <= line.length(); i++) {
            if (line.regionMatches(true, i, word, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** A comparable form of a holder's name: lower case, letters and digits only. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String holderIn(String line, String next) {
        if (!mentionsCopyright(line) || PLACEHOLDER.matcher(line).find()) {
            return null;
        }
        String rest;
        Matcher start = NOTICE_START.matcher(line);
        if (start.matches() && isNotice(line)) {
            rest = start.group(3);
        } else {
            Matcher inline = INLINE_NOTICE.matcher(line);
            if (!inline.find()) {
                return null;
            }
            rest = inline.group(1);
        }
        String name = clean(rest);
        if (name.isEmpty() && !rest.isBlank() && !next.isBlank() && !isNotice(next)) {
            // The holder was wrapped onto the next line.
            name = clean(next);
        } else if (DANGLING.matcher(name).find() && !next.isBlank() && !isNotice(next)) {
            // The name goes on at the next line, up to the end of its clause: without it, "Daniel Stenberg,
            // and many" would read as a name, or worse, a cut to "Daniel Stenberg" as the only holder.
            String more = next.strip();
            Matcher end = CLAUSE_END.matcher(more);
            name = (name + " " + (end.find() ? more.substring(0, end.start()) : more)).strip();
        }
        if (name.isEmpty() || name.length() > 200 || !name.matches(".*\\p{L}.*") || NOT_A_HOLDER.matcher(name).matches()) {
            return null;
        }
        return name;
    }

    private static String clean(String s) {
        String name = s.strip();
        name = name.replaceFirst("(?i)^(\\(c\\)|\u00a9|copyright)\\s*", "");
        name = YEARS.matcher(name).replaceFirst("");
        name = name.replaceFirst("(?i)^by\\s+", "");
        name = EMAIL.matcher(name).replaceAll("");
        name = URL.matcher(name).replaceAll("");
        name = DOUBLED_COMMA.matcher(name).replaceAll("");
        Matcher reserved = RESERVED.matcher(name);
        if (reserved.find()) {
            name = name.substring(0, reserved.start());
        }
        // A notice ends with its sentence: "(c) 2017 MariaDB Corporation Ab. "Business Source License" is a …".
        name = SENTENCE_END.split(name, 2)[0];
        name = TRAILING_YEARS.matcher(name).replaceFirst("");
        name = name.replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[,;:.\\-\\s]+", "").replaceAll("[,;:\\s]+$", "");
        if (name.endsWith(".") && !name.matches(".*\\b(Inc|Ltd|Co|Corp|L\\.?L\\.?C|S\\.?A|B\\.?V|GmbH|AG|Ab|al)\\.$")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.strip();
    }
}
