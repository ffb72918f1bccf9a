package org.levermap.render.plan;

import java.util.List;
import java.util.function.UnaryOperator;
import org.levermap.render.view.PageMeta.Crumb;
import org.levermap.render.view.SitePaths;

/**
 * The breadcrumbs of a page, from its place in the site: a project's pages under Projects and the project,
 * an actor or alliance under its section. The pages at the top of a section have none.
 */
final class Breadcrumbs {

    private Breadcrumbs() {
    }

    /**
     * @param path the page's path from the site root
     * @param title the page's title
     * @param projectName a project's name by its id
     */
    static List<Crumb> of(String path, String title, UnaryOperator<String> projectName) {
        String[] parts = path.split("/");
        if (parts.length == 3 && parts[0].equals("projects")) {
            String id = parts[1];
            Crumb projects = new Crumb("Projects", SitePaths.index());
            if (path.equals(SitePaths.project(id))) {
                return List.of(projects, new Crumb(title, null));
            }
            Crumb project = new Crumb(projectName.apply(id), SitePaths.project(id));
            String last = path.equals(SitePaths.timeline(id)) ? "timeline" : parts[2].replaceFirst("\\.html$", "");
            return List.of(projects, project, new Crumb(last, null));
        }
        if (parts.length == 2 && parts[0].equals("actors") && !path.equals(SitePaths.actors())) {
            return List.of(new Crumb("Actors", SitePaths.actors()), new Crumb(title, null));
        }
        if (parts.length == 2 && parts[0].equals("alliances") && !path.equals(SitePaths.alliances())) {
            return List.of(new Crumb("Alliances", SitePaths.alliances()), new Crumb(title, null));
        }
        return List.of();
    }
}
