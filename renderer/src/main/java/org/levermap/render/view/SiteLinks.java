package org.levermap.render.view;

import java.util.List;

/**
 * The site's addresses as templates use them, from the site root (a template writes {@code ${root}} before
 * them), so that no template writes a URL of its own: {@code links.feed()}, {@code links.timeline(id)}.
 * The navigation comes from here too.
 */
public final class SiteLinks {

    private static final List<NavItem> NAV = List.of(new NavItem("projects", SitePaths.index(), "Projects"),
            new NavItem("changes", SitePaths.changes(), "Changes"), new NavItem("forks", SitePaths.forks(), "Forks"),
            new NavItem("alliances", SitePaths.alliances(), "Alliances"), new NavItem("actors", SitePaths.actors(), "Actors"));

    /**
     * An entry of the site's navigation.
     *
     * @param section the {@link PageMeta#section()} of the pages it leads to
     * @param href its page, from the site root
     * @param label what it says
     */
    public record NavItem(String section, String href, String label) {
    }

    /** The sections, in the order the header lists them. */
    public List<NavItem> nav() {
        return NAV;
    }

    public String home() {
        return SitePaths.index();
    }

    public String stylesheet() {
        return "css/levermap.css";
    }

    public String favicon() {
        return "favicon.svg";
    }

    /** The first page of the change log. */
    public String changes() {
        return SitePaths.changes();
    }

    public String feed() {
        return SitePaths.feed();
    }

    public String api() {
        return SitePaths.api();
    }

    public String searchIndex() {
        return SitePaths.searchIndex();
    }

    /** A script of the theme, {@code js/NAME}. */
    public String script(String name) {
        return "js/" + name;
    }

    public String project(String id) {
        return SitePaths.project(id);
    }

    public String timeline(String id) {
        return SitePaths.timeline(id);
    }

    public String projectJson(String id) {
        return SitePaths.projectJson(id);
    }
}
