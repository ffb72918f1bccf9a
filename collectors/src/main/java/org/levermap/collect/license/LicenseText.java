package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a license text the way licensee does before comparing it: markup, comment markers,
 * copyright lines, the title and the "how to apply" appendix go; spelling, quotes, dashes and
 * "http" are made uniform; what is left is compared as a set of words. Both the reference texts
 * and the files of a repository go through the same steps, so any step that removes something
 * removes it on both sides.
 */
final class LicenseText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?");
    private static final Pattern COMMENT_PREFIX = Pattern.compile("^\\s*(//|/\\*+|\\*+/?|#|;|--|%)\\s?");
    private static final Pattern HR = Pattern.compile("^\\s*[=\\-*_~+]{3,}\\s*$");
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^\\s*(#{1,6}|>)\\s*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\([^)\\n]*\\)");
    private static final Pattern ALL_RIGHTS_RESERVED = Pattern.compile("(?i)all rights reserved\\.?");
    private static final Pattern END_OF_TERMS =
            Pattern.compile("(?im)^[\\s#*_]*(end of (the )?terms and conditions[\\s#*_.]*"
                    + "|addendum: how to use this license for your documents.*)$");
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)licen[cs]e|agreement|\\beula\\b|\\brail\\b");
    private static final Pattern VERSION_LINE = Pattern.compile("(?i)^\\(?\\s*(version|v)\\s*\\d.*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Spellings that mean the same (from the SPDX matching guidelines), to their American form. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("acknowledgment", "acknowledgement"), Map.entry("analogue", "analog"),
            Map.entry("analyse", "analyze"), Map.entry("artefact", "artifact"),
            Map.entry("authorisation", "authorization"), Map.entry("authorised", "authorized"),
            Map.entry("calibre", "caliber"), Map.entry("cancelled", "canceled"),
            Map.entry("capitalisations", "capitalizations"), Map.entry("catalogue", "catalog"),
            Map.entry("categorise", "categorize"), Map.entry("centre", "center"),
            Map.entry("emphasised", "emphasized"), Map.entry("favour", "favor"), Map.entry("favourite", "favorite"),
            Map.entry("fulfil", "fulfill"), Map.entry("fulfilment", "fulfillment"),
            Map.entry("initialise", "initialize"), Map.entry("judgment", "judgement"),
            Map.entry("labelling", "labeling"), Map.entry("labour", "labor"), Map.entry("licence", "license"),
            Map.entry("licences", "licenses"), Map.entry("licenced", "licensed"),
            Map.entry("maximise", "maximize"), Map.entry("modelled", "modeled"), Map.entry("modelling", "modeling"),
            Map.entry("offence", "offense"), Map.entry("optimise", "optimize"),
            Map.entry("organisation", "organization"), Map.entry("organise", "organize"),
            Map.entry("practise", "practice"), Map.entry("programme", "program"), Map.entry("realise", "realize"),
            Map.entry("recognise", "recognize"), Map.entry("signalling", "signaling"),
            Map.entry("utilisation", "utilization"), Map.entry("whilst", "while"), Map.entry("wilful", "willful"));

    /** Phrases written several ways, to one way; applied to lower-cased text. */
    private static final List<String[]> PHRASES = List.of(
            new String[] {"copyright owner", "copyright holder"},
            new String[] {"per cent", "percent"},
            new String[] {"non-commercial", "noncommercial"},
            new String[] {"sub-license", "sublicense"},
            new String[] {"sub license", "sublicense"},
            new String[] {"http:", "https:"},
            new String[] {"&", " and "});

    private LicenseText() {
    }

    /** The normalised words of {@code text}. */
    static Words words(String text) {
        return wordsOfNormalised(normalise(text));
    }

    /** The words of a text {@link #normalise(String) normalised} already. */
    static Words wordsOfNormalised(String normalised) {
        return new Words(new HashSet<>(sequence(normalised)));
    }

    /**
     * The words of a normalised text in their order, repeats kept: what order-aware comparisons
     * (bigrams, added and removed clauses) read.
     */
    static List<String> sequence(String normalised) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalised);
        while (m.find()) {
            String w = m.group();
            // Single letters and digits are list markers ("a.", "(i)", "1.") whose style varies freely.
            if (w.length() > 1) {
                words.add(spelling(w));
            }
        }
        return words;
    }

    /** The American spelling of a word, plurals included ("organisations" is "organizations"). */
    private static String spelling(String w) {
        String v = VARIANTS.get(w);
        if (v != null) {
            return v;
        }
        if (w.endsWith("s")) {
            v = VARIANTS.get(w.substring(0, w.length() - 1));
            if (v != null) {
                return v + "s";
            }
        }
        return w;
    }

    /** The text after every normalisation step, lower case, one space between words. */
    static String normalise(String text) {
        String s = LINE_BREAKS.matcher(text.replace("\uFEFF", "").replace('\u00A0', ' ')).replaceAll("\n");
        String[] lines = stripCommentMarkers(s.split("\n", -1));
        StringBuilder kept = new StringBuilder(s.length());
        for (String line : lines) {
            if (HR.matcher(line).matches() || CopyrightNotices.isNotice(line)) {
                kept.append('\n');
                continue;
            }
            kept.append(MARKDOWN_PREFIX.matcher(line).replaceFirst("")).append('\n');
        }
        s = MARKDOWN_LINK.matcher(kept).replaceAll("$1");
        s = ALL_RIGHTS_RESERVED.matcher(s).replaceAll(" ");
        Matcher end = END_OF_TERMS.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        s = stripTitle(s).toLowerCase(Locale.ROOT);
        for (String[] phrase : PHRASES) {
            s = s.replace(phrase[0], phrase[1]);
        }
        return s;
    }

    /** Removes a comment marker that every non-blank line starts with (a license kept as a comment block). */
    private static String[] stripCommentMarkers(String[] lines) {
        String marker = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = COMMENT_PREFIX.matcher(line);
            if (!m.find()) {
                return lines;
            }
            String found = m.group(1).startsWith("*") || m.group(1).startsWith("/*") ? "*" : m.group(1);
            if (marker == null) {
                marker = found;
            } else if (!marker.equals(found)) {
                return lines;
            }
        }
        if (marker == null) {
            return lines;
        }
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = COMMENT_PREFIX.matcher(lines[i]).replaceFirst("");
        }
        return out;
    }

    /**
     * Drops leading title lines ("MIT License", "GNU GENERAL PUBLIC LICENSE", "Version 3, 29 June
     * 2007"): files write them in many ways, or not at all, and they carry no terms.
     */
    private static String stripTitle(String s) {
        String rest = s.stripLeading();
        for (int i = 0; i < 4; i++) {
            int nl = rest.indexOf('\n');
            String first = (nl < 0 ? rest : rest.substring(0, nl)).strip();
            // A line the next one goes on from in lower case is a sentence wrapped, not a title: "Licensed
            // under the Apache License, Version 2.0 (the "License"); you may not" / "use this file …". An
            // indented next line is no such sign ("Version 2.0, January 2004" / "   http://www.apache…").
            boolean continued = nl >= 0 && nl + 1 < rest.length() && Character.isLowerCase(rest.codePointAt(nl + 1));
            boolean title = first.length() <= 100 && !first.endsWith(".") && !first.endsWith(",")
                    && !first.endsWith(";") && !first.endsWith(":") && !continued
                    && (TITLE_WORD.matcher(first).find() || VERSION_LINE.matcher(first).matches());
            if (!title || first.split("\\s+").length > 12) {
                break;
            }
            rest = nl < 0 ? "" : rest.substring(nl + 1).stripLeading();
        }
        return rest;
    }
}
