package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.change.Change;
import org.levermap.model.change.ProjectHistory;

/**
 * Shows changes. Each change gets the anchor {@code change-N} on its snapshot page, N counting from 1
 * in the order the change log lists that snapshot's changes, so a link to it is stable for the same data.
 */
final class ChangeViews {

    private final Refs refs;

    ChangeViews(Refs refs) {
        this.refs = refs;
    }

    /** Every change of a project as views, in the history's order; the returned map finds a change's view. */
    Map<Change, ChangeView> of(ProjectHistory history) {
        Map<Change, ChangeView> views = new IdentityHashMap<>();
        Map<LocalDate, Integer> counters = new HashMap<>();
        String repository = history.project().repository();
        for (Change c : history.changes()) {
            int n = counters.merge(c.date(), 1, Integer::sum);
            String anchor = "change-" + n;
            views.put(c, new ChangeView(refs.project(c.project()), c.date().toString(), c.since().toString(),
                    c.kind().keyword(), c.kind().label(), c.severity().keyword(), c.subject(),
                    refs.words().value(c.from()), refs.words().value(c.to()),
                    refs.words().say(c.summary()), refs.links().citations(repository, c.evidence()),
                    SitePaths.snapshot(c.project(), c.date()) + "#" + anchor, anchor, c.summary(), c.from(), c.to()));
        }
        return views;
    }

    static List<ChangeView> in(List<Change> changes, Map<Change, ChangeView> views) {
        List<ChangeView> list = new ArrayList<>(changes.size());
        changes.forEach(c -> list.add(views.get(c)));
        return list;
    }
}
