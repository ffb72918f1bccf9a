package org.levermap.render.view;

import java.time.LocalDate;

/** Where every page and file of the site lives, relative to the site root. */
public final class SitePaths {

    /** Changes per page of the ecosystem-wide change log. */
    public static final int CHANGES_PER_PAGE = 200;

    private SitePaths() {
    }

    public static String index() {
        return "index.html";
    }

    public static String project(String id) {
        return "projects/" + id + "/index.html";
    }

    public static String timeline(String id) {
        return "projects/" + id + "/timeline.html";
    }

    public static String snapshot(String id, LocalDate date) {
        return "projects/" + id + "/" + date + ".html";
    }

    public static String forks() {
        return "forks/index.html";
    }

    public static String alliances() {
        return "alliances/index.html";
    }

    public static String alliance(String id) {
        return "alliances/" + id + ".html";
    }

    public static String actors() {
        return "actors/index.html";
    }

    public static String actor(String id) {
        return "actors/" + id + ".html";
    }

    /** The change log's entry page, with the newest changes. */
    public static String changes() {
        return "changes/index.html";
    }

    /**
     * Page {@code n} (1-based, counted from the oldest change) of a change log of {@code pages} pages:
     * the last is the entry page; the others keep their address while changes are added at the top.
     */
    public static String changes(int n, int pages) {
        return n >= pages ? changes() : "changes/page-" + n + ".html";
    }

    public static String badge(String id, String name, String extension) {
        return "badges/" + id + "/" + name + "." + extension;
    }

    public static String feed() {
        return "feed.xml";
    }

    public static String api() {
        return "api/index.json";
    }

    public static String searchIndex() {
        return "search-index.js";
    }

    public static String projectJson(String id) {
        return "api/projects/" + id + ".json";
    }

    /** The way from a page back to the site root: "" at the root, "../" one folder down, and so on. */
    public static String root(String path) {
        StringBuilder up = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                up.append("../");
            }
        }
        return up.toString();
    }
}
