package org.levermap.render.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Reads the links and anchors of a well-formed HTML page by following the HTML tokenizer's rules for
 * tags, attributes, comments and the text-only content of script, style, title and the like, without
 * building a document.
 * It reads the page's UTF-8 bytes as they are: every character the tokenizer acts on is ASCII, and no
 * byte of a multi-byte UTF-8 character is, so only the values it keeps are ever decoded. That makes it
 * many times faster than a full parse, which matters at tens of thousands of pages. It gives up
 * (returns null) on anything it does not handle exactly as a browser would — noscript, template,
 * plaintext, CDATA, unterminated tags or quotes, NUL characters — and the caller then parses the page
 * with jsoup.
 * Character references in attribute values are decoded with jsoup's entity table.
 */
final class TagScanner {

    /** Tags the scan treats specially; any other tag only counts for its id, href, src and the like. */
    private enum Tag {
        A, BASE, FORM,
        // Text only up to their end tag (raw text and RCDATA): tags inside do not count.
        SCRIPT, STYLE, TITLE, TEXTAREA, XMP, IFRAME, NOEMBED, NOFRAMES,
        // Their parse depends on more than the tokenizer: left to jsoup.
        NOSCRIPT, PLAINTEXT, TEMPLATE;

        final byte[] lowerCase = ascii(name().toLowerCase(java.util.Locale.ROOT));

        boolean textOnly() {
            return compareTo(SCRIPT) >= 0 && compareTo(NOFRAMES) <= 0;
        }

        boolean givesUp() {
            return compareTo(NOSCRIPT) >= 0;
        }
    }

    private static final Tag[] TAGS = Tag.values();

    /** The attributes the check reads, in the order of the bits that mark them as seen. */
    private static final byte[][] ATTRIBUTES = {ascii("id"), ascii("name"), ascii("href"), ascii("src"),
        ascii("xlink:href"), ascii("action")};
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int HREF = 2;
    private static final int ACTION = 5;

    private final byte[] html;
    private int at;
    private final Set<String> ids = new HashSet<>();
    private final List<String> links = new ArrayList<>();
    private boolean rootBased;

    private TagScanner(byte[] html) {
        this.html = html;
    }

    /** The page's links and anchors, or null when the page needs a full parse. */
    static PageLinks scan(String path, byte[] html) {
        for (byte b : html) {
            if (b == 0) {
                return null;
            }
        }
        TagScanner s = new TagScanner(html);
        return s.run() ? new PageLinks(path, Set.copyOf(s.ids), List.copyOf(s.links), s.rootBased) : null;
    }

    private boolean run() {
        int n = html.length;
        while (true) {
            int lt = indexOf('<', at);
            if (lt < 0) {
                return true;
            }
            at = lt + 1;
            if (at >= n) {
                return true;
            }
            byte c = html[at];
            if (startsWith("!--", at)) {
                int end = indexOf("-->", at + 3);
                if (end < 0 || startsWith(">", at + 3) || startsWith("->", at + 3)) {
                    return false;
                }
                at = end + 3;
            } else if (c == '!' || c == '?') {
                if (startsWith("![CDATA[", at)) {
                    return false;
                }
                int end = indexOf('>', at);
                if (end < 0) {
                    return false;
                }
                at = end + 1;
            } else if (c == '/') {
                int end = indexOf('>', at);
                if (end < 0) {
                    return false;
                }
                at = end + 1;
            } else if (isAsciiLetter(c)) {
                if (!startTag()) {
                    return false;
                }
            }
            // Any other '<' is text, as in the tokenizer's data state.
        }
    }

    /** Reads a start tag from {@code at} (just after '<'); false when the page needs a full parse. */
    private boolean startTag() {
        int n = html.length;
        int start = at;
        while (at < n && !isSpace(html[at]) && html[at] != '/' && html[at] != '>') {
            at++;
        }
        Tag tag = tag(start, at);
        int seen = 0;
        while (true) {
            while (at < n && (isSpace(html[at]) || html[at] == '/')) {
                at++;
            }
            if (at >= n) {
                return false;
            }
            if (html[at] == '>') {
                at++;
                break;
            }
            int a = at;
            at++;
            while (at < n && !isSpace(html[at]) && html[at] != '/' && html[at] != '>' && html[at] != '=') {
                at++;
            }
            for (int i = a; i < at; i++) {
                if (html[i] == '"' || html[i] == '\'' || html[i] == '<') {
                    return false;
                }
            }
            int attr = attribute(a, at);
            while (at < n && isSpace(html[at])) {
                at++;
            }
            int valueStart = at;
            int valueEnd = at;
            if (at < n && html[at] == '=') {
                at++;
                while (at < n && isSpace(html[at])) {
                    at++;
                }
                if (at >= n) {
                    return false;
                }
                byte q = html[at];
                if (q == '"' || q == '\'') {
                    int end = indexOf((char) q, at + 1);
                    if (end < 0) {
                        return false;
                    }
                    valueStart = at + 1;
                    valueEnd = end;
                    at = end + 1;
                } else {
                    valueStart = at;
                    // Quotes, '<', '=' and '`' are parse errors here but still part of the value, as in a browser.
                    while (at < n && !isSpace(html[at]) && html[at] != '>') {
                        at++;
                    }
                    valueEnd = at;
                }
            }
            // The first of repeated attributes counts, as in a browser; only the ones read are decoded.
            if (attr < 0 || (seen & (1 << attr)) != 0) {
                continue;
            }
            seen |= 1 << attr;
            String value = value(valueStart, valueEnd);
            switch (attr) {
                case ID -> ids.add(value);
                case NAME -> {
                    if (tag == Tag.A) {
                        ids.add(value);
                    }
                }
                case ACTION -> {
                    if (tag == Tag.FORM) {
                        links.add(value);
                    }
                }
                // A <base href> makes the page's links relative to the site root; it is no link itself.
                default -> {
                    if (tag == Tag.BASE) {
                        rootBased |= attr == HREF;
                    } else {
                        links.add(value);
                    }
                }
            }
        }
        if (tag != null && tag.givesUp()) {
            return false;
        }
        if (tag != null && tag.textOnly()) {
            int end = endTag(tag.lowerCase, at);
            if (end < 0) {
                return false;
            }
            at = end;
        }
        return true;
    }

    private Tag tag(int from, int to) {
        for (Tag t : TAGS) {
            if (equalsIgnoreCase(from, to, t.lowerCase)) {
                return t;
            }
        }
        return null;
    }

    /** The index of a read attribute in {@link #ATTRIBUTES}, or -1. */
    private int attribute(int from, int to) {
        for (int i = 0; i < ATTRIBUTES.length; i++) {
            if (equalsIgnoreCase(from, to, ATTRIBUTES[i])) {
                return i;
            }
        }
        return -1;
    }

    private String value(int from, int to) {
        String value = new String(html, from, to - from, StandardCharsets.UTF_8);
        return value.indexOf('&') >= 0 ? Entities.unescape(value) : value;
    }

    private boolean equalsIgnoreCase(int from, int to, byte[] lowerCase) {
        if (to - from != lowerCase.length || (html[from] | 0x20) != lowerCase[0]) {
            return false;
        }
        for (int i = 0; i < lowerCase.length; i++) {
            byte b = html[from + i];
            if (b != lowerCase[i] && (b < 'A' || b > 'Z' || b + ('a' - 'A') != lowerCase[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code </name} starts, followed by a space, '/' or '>', at or after {@code from}; -1 if nowhere. */
    private int endTag(byte[] name, int from) {
        int n = html.length;
        for (int i = indexOf('<', from); i >= 0; i = indexOf('<', i + 1)) {
            int after = i + 2 + name.length;
            if (after <= n && html[i + 1] == '/' && equalsIgnoreCase(i + 2, after, name)
                    && (after == n || isSpace(html[after]) || html[after] == '>' || html[after] == '/')) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < html.length; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        for (int i = indexOf(s.charAt(0), from); i >= 0; i = indexOf(s.charAt(0), i + 1)) {
            if (startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String s, int from) {
        if (from + s.length() > html.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (html[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
