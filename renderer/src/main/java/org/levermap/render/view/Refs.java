package org.levermap.render.view;

import java.time.LocalDate;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.Project;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.words.Words;

/** References to the pages of projects, actors, alliances and snapshots, with their display names. */
final class Refs {

    private final DataRepository repo;
    private final Links links;
    private final Words words;

    Refs(DataRepository repo, Links links, Words words) {
        this.repo = repo;
        this.links = links;
        this.words = words;
    }

    /** The wording of verdicts and changes, for this build. */
    Words words() {
        return words;
    }

    /** Links out of the site, for this build. */
    Links links() {
        return links;
    }

    Ref project(String id) {
        if (id == null) {
            return null;
        }
        Project p = repo.projects().get(id);
        return p == null ? new Ref(id, id, null) : new Ref(id, p.name(), SitePaths.project(id));
    }

    Ref actor(String id) {
        if (id == null) {
            return null;
        }
        Actor a = repo.actors().get(id);
        return a == null ? new Ref(id, id, null) : new Ref(id, a.name(), SitePaths.actor(id));
    }

    Ref alliance(String id) {
        Alliance a = repo.alliances().get(id);
        return a == null ? new Ref(id, id, null) : new Ref(id, a.name(), SitePaths.alliance(id));
    }

    Ref snapshot(String project, LocalDate date) {
        return date == null ? null : new Ref(project, date.toString(), SitePaths.snapshot(project, date));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
