package org.levermap.render.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks every link of every page of a built site: a relative link must reach a file of the site and,
 * with a fragment, an anchor on that page; a root-absolute link ({@code /x}) is an error because it
 * breaks the site under a project path and from {@code file://}; a {@code javascript:}, {@code data:}
 * or {@code vbscript:} link is an error in any case. Links to other sites are not fetched.
 *
 * <p>Pages are added as they are rendered, from many threads: a link's target file is checked at once
 * against the planned files, and only an anchor on a page not yet added (or missing from it) is kept
 * until every page is in, so memory stays small however large the site.
 */
public final class LinkChecker {

    private final Set<String> files;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    /**
     * One copy of each set of anchors: the pages of a kind mostly have the same ones, and the sets
     * are kept until every page is in.
     */
    private final Map<Set<String>, Set<String>> anchorSets = new ConcurrentHashMap<>();
    /** Anchors to verify once every page is in: target page → anchor → the first page linking to it. */
    private final Map<String, Map<String, Anchor>> anchors = new ConcurrentHashMap<>();
    private final Map<String, List<String>> problems = new ConcurrentHashMap<>();

    private record Anchor(String page, String link) {
    }

    /** The ids of a page that was carried over unread, when a link asks for one of its anchors. */
    private final Function<String, Set<String>> reader;

    /** @param files every file of the site, pages included, by path from the site root */
    public LinkChecker(Set<String> files) {
        this(files, null);
    }

    /**
     * @param files every file of the site, pages included, by path from the site root
     * @param reader the ids of a page not added (carried over from the previous build with its links
     *     checked then) when a link asks for one of its anchors; null when every page is added
     */
    public LinkChecker(Set<String> files, Function<String, Set<String>> reader) {
        this.files = files;
        this.reader = reader;
    }

    /**
     * Checks one page's links (thread-safe).
     *
     * @return the files of the site it links to, each as a path from the site root, with {@code #id}
     *     when the link has an anchor on a page (what {@link #addChecked} takes)
     */
    public Set<String> add(PageLinks page) {
        ids.put(page.path(), anchorSets.computeIfAbsent(page.ids(), set -> set));
        List<String> found = new ArrayList<>();
        Set<String> targets = new java.util.HashSet<>();
        String base = page.rootBased() ? "" : page.path().substring(0, page.path().lastIndexOf('/') + 1);
        for (String link : page.links()) {
            String problem = check(page, base, link, targets);
            if (problem != null) {
                found.add(page.path() + ": " + problem);
            }
        }
        if (!found.isEmpty()) {
            problems.put(page.path(), found);
        }
        return targets;
    }

    /**
     * The ids of a page that is not added (carried over from the previous build), as the record of the
     * build that checked it has them: links into it with an anchor are then checked without reading it.
     */
    public void carried(String path, Set<String> pageIds) {
        ids.put(path, anchorSets.computeIfAbsent(pageIds, set -> set));
    }

    /**
     * The ids of every page whose ids the check knows: each page added, each carried page given with its
     * ids, and each carried page read for an anchor; one copy of each set (pages of a kind share theirs).
     */
    public Map<String, Set<String>> ids() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    /**
     * Checks the links of a page that is not read again: its internal link targets as {@link #add}
     * returned them in the build that checked them. Targets that page and the target were both carried
     * over unchanged from (which {@code unchanged} says) still hold; the others must still exist, with
     * their anchor.
     */
    public void addChecked(String path, Set<String> targets, Predicate<String> unchanged) {
        List<String> found = new ArrayList<>();
        for (String t : targets) {
            String target = fileOf(t);
            if (unchanged.test(target)) {
                continue;
            }
            if (!files.contains(target)) {
                found.add(path + ": broken link " + t + " (no " + target + ")");
            } else if (target.length() < t.length()) {
                anchor(path, target, t.substring(target.length() + 1), t);
            }
        }
        if (!found.isEmpty()) {
            problems.merge(path, found, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
    }

    /** The file a link target as {@link #add} returns it names: the target without its {@code #id}. */
    public static String fileOf(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** Every broken link, by page path and then in page order; empty when the site is sound. */
    public List<String> problems() {
        Map<String, List<String>> all = new java.util.TreeMap<>(problems);
        anchors.forEach((target, byId) -> {
            Set<String> present = ids.get(target);
            if (present == null && reader != null) {
                present = anchorSets.computeIfAbsent(reader.apply(target), set -> set);
                ids.put(target, present);
            }
            if (present == null) {
                return;
            }
            Set<String> known = present;
            byId.forEach((id, from) -> {
                if (!known.contains(id)) {
                    all.computeIfAbsent(from.page(), k -> new ArrayList<>()).add(from.page() + ": broken anchor "
                            + from.link() + " (no id '" + id + "' in " + target + ")");
                }
            });
        });
        List<String> list = new ArrayList<>();
        all.values().forEach(l -> list.addAll(l.stream().sorted().toList()));
        return list;
    }

    private String check(PageLinks page, String base, String link, Set<String> targets) {
        String l = link.strip();
        if (l.isEmpty()) {
            return "empty link";
        }
        int colon = schemeEnd(l);
        if (colon > 0) {
            String scheme = l.substring(0, colon).toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https", "mailto" -> null;
                default -> "unsafe link " + link;
            };
        }
        if (l.startsWith("//")) {
            return null;
        }
        if (l.startsWith("/")) {
            return "root-absolute link " + link + " (links must be relative)";
        }
        String fragment = null;
        int hash = l.indexOf('#');
        if (hash >= 0) {
            fragment = l.substring(hash + 1);
            l = l.substring(0, hash);
        }
        int query = l.indexOf('?');
        if (query >= 0) {
            l = l.substring(0, query);
        }
        String target;
        if (l.isEmpty()) {
            target = page.path();
        } else {
            target = resolve(base, decode(l));
            if (target == null) {
                return "link " + link + " leaves the site";
            }
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
        }
        if (!files.contains(target)) {
            return "broken link " + link + " (no " + target + ")";
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            String id = decode(fragment);
            targets.add(target + "#" + id);
            anchor(page.path(), target, id, link);
        } else {
            targets.add(target);
        }
        return null;
    }

    private void anchor(String page, String target, String id, String link) {
        Set<String> present = ids.get(target);
        // A target already in with the anchor is settled now: only the others wait for every page,
        // which keeps the waiting anchors few (most links point back to pages rendered before).
        if (present == null || !present.contains(id)) {
            anchors.computeIfAbsent(target, k -> new ConcurrentHashMap<>()).putIfAbsent(id, new Anchor(page, link));
        }
    }

    /** Where the scheme of an absolute URL ends, at its ':' (RFC 3986: a letter, then letters, digits, + - .); or -1. */
    private static int schemeEnd(String link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (c == ':' && i > 0) {
                return i;
            }
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return -1;
            }
        }
        return -1;
    }

    private static String decode(String s) {
        return s.indexOf('%') < 0 ? s : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code base + relative} with dot segments removed; null when it climbs above the root. */
    static String resolve(String base, String relative) {
        // The links a site's own pages make: some "../" and then a path without dot segments.
        int from = 0;
        int end = base.length();
        while (relative.startsWith("../", from)) {
            if (end == 0) {
                return null;
            }
            end = base.lastIndexOf('/', end - 2) + 1;
            from += 3;
        }
        if (!hasDotSegment(relative, from)) {
            return base.substring(0, end) + relative.substring(from);
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = (base + relative).split("/", -1);
        for (String p : segments) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!p.equals(".")) {
                parts.addLast(p);
            }
        }
        String last = segments[segments.length - 1];
        if (last.equals(".") || last.equals("..")) {
            // "a/b/.." is the folder a/, as in RFC 3986's remove_dot_segments.
            parts.addLast("");
        }
        return String.join("/", parts);
    }

    private static boolean hasDotSegment(String path, int from) {
        for (int i = path.indexOf('.', from); i >= 0; i = path.indexOf('.', i + 1)) {
            boolean segmentStart = i == from || path.charAt(i - 1) == '/';
            int after = path.length() > i + 1 && path.charAt(i + 1) == '.' ? i + 2 : i + 1;
            if (segmentStart && (after == path.length() || path.charAt(after) == '/')) {
                return true;
            }
        }
        return false;
    }
}
