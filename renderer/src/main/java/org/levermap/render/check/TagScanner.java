package org.levermap.render.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Reads the links and anchors of a well-formed HTML page by following the HTML tokenizer's rules for
 * tags, attributes, comments and the text-only content of script, style, title and the like, without
 * building a document:
 * several times faster than a full parse, which matters at tens of thousands of pages. It gives up
 * (returns null) on anything it does not handle exactly as a browser would — noscript, template,
 * plaintext, CDATA, unterminated tags or quotes, NUL characters — and the caller then parses the page
 * with jsoup.
 * Character references in attribute values are decoded with jsoup's entity table.
 */
final class TagScanner {

    /** Elements whose content is text up to their end tag (raw text and RCDATA): tags inside do not count. */
    private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");
    /** Elements whose parse depends on more than the tokenizer: left to jsoup. */
    private static final Set<String> GIVE_UP = Set.of("noscript", "plaintext", "template");

    private final String html;
    private int at;
    private final Set<String> ids = new HashSet<>();
    private final List<String> links = new ArrayList<>();
    private boolean rootBased;

    private TagScanner(String html) {
        this.html = html;
    }

    /** The page's links and anchors, or null when the page needs a full parse. */
    static PageLinks scan(String path, String html) {
        if (html.indexOf('\0') >= 0) {
            return null;
        }
        TagScanner s = new TagScanner(html);
        return s.run() ? new PageLinks(path, Set.copyOf(s.ids), List.copyOf(s.links), s.rootBased) : null;
    }

    private boolean run() {
        int n = html.length();
        while (true) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                return true;
            }
            at = lt + 1;
            if (at >= n) {
                return true;
            }
            char c = html.charAt(at);
            if (html.startsWith("!--", at)) {
                int end = html.indexOf("-->", at + 3);
                if (end < 0 || html.startsWith(">", at + 3) || html.startsWith("->", at + 3)) {
                    return false;
                }
                at = end + 3;
            } else if (c == '!' || c == '?') {
                if (html.startsWith("![CDATA[", at)) {
                    return false;
                }
                int end = html.indexOf('>', at);
                if (end < 0) {
                    return false;
                }
                at = end + 1;
            } else if (c == '/') {
                int end = html.indexOf('>', at);
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
        int n = html.length();
        int start = at;
        while (at < n && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        String tag = html.substring(start, at).toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        String id = null;
        String name = null;
        List<String> found = new ArrayList<>(2);
        boolean base = false;
        while (true) {
            while (at < n && (isSpace(html.charAt(at)) || html.charAt(at) == '/')) {
                at++;
            }
            if (at >= n) {
                return false;
            }
            if (html.charAt(at) == '>') {
                at++;
                break;
            }
            int a = at;
            at++;
            while (at < n && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String attr = html.substring(a, at).toLowerCase(Locale.ROOT);
            if (attr.indexOf('"') >= 0 || attr.indexOf('\'') >= 0 || attr.indexOf('<') >= 0) {
                return false;
            }
            while (at < n && isSpace(html.charAt(at))) {
                at++;
            }
            String value = "";
            if (at < n && html.charAt(at) == '=') {
                at++;
                while (at < n && isSpace(html.charAt(at))) {
                    at++;
                }
                if (at >= n) {
                    return false;
                }
                char q = html.charAt(at);
                if (q == '"' || q == '\'') {
                    int end = html.indexOf(q, at + 1);
                    if (end < 0) {
                        return false;
                    }
                    value = html.substring(at + 1, end);
                    at = end + 1;
                } else {
                    int v = at;
                    // Quotes, '<', '=' and '`' are parse errors here but still part of the value, as in a browser.
                    while (at < n && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                        at++;
                    }
                    value = html.substring(v, at);
                }
                if (value.indexOf('&') >= 0) {
                    value = Entities.unescape(value);
                }
            }
            if (!seen.add(attr)) {
                continue;
            }
            switch (attr) {
                case "id" -> id = value;
                case "name" -> name = value;
                case "href", "src", "xlink:href" -> {
                    found.add(value);
                    base |= tag.equals("base") && attr.equals("href");
                }
                case "action" -> {
                    if (tag.equals("form")) {
                        found.add(value);
                    }
                }
                default -> {
                }
            }
        }
        if (id != null) {
            ids.add(id);
        }
        if (name != null && tag.equals("a")) {
            ids.add(name);
        }
        if (base) {
            rootBased = true;
        } else if (!tag.equals("base")) {
            links.addAll(found);
        }
        if (GIVE_UP.contains(tag)) {
            return false;
        }
        if (TEXT_ONLY.contains(tag)) {
            int end = indexOfIgnoreCase("</" + tag, at);
            if (end < 0) {
                return false;
            }
            at = end;
        }
        return true;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        int n = html.length() - needle.length();
        for (int i = from; i <= n; i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                int after = i + needle.length();
                if (after >= html.length() || isSpace(html.charAt(after)) || html.charAt(after) == '>'
                        || html.charAt(after) == '/') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
