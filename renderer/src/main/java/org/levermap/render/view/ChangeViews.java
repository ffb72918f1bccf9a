package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.change.Change;
import org.levermap.model.change.HistorySummary;

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
    Map<Change, ChangeView> of(HistorySummary history) {
        Map<Change, ChangeView> views = new IdentityHashMap<>();
        Map<LocalDate, Integer> counters = new HashMap<>();
        for (Change c : history.changes()) {
            views.put(c, view(history, c, counters.merge(c.date(), 1, Integer::sum)));
        }
        return views;
    }

    /** The view of one change of {@code history}, the same as {@link #of} gives it, without the others'. */
    ChangeView one(HistorySummary history, Change change) {
        int n = 0;
        for (Change c : history.changes()) {
            if (c.date().equals(change.date())) {
                n++;
            }
            if (c == change) {
                return view(history, c, n);
            }
        }
        return null;
    }

    private ChangeView view(HistorySummary history, Change c, int n) {
        String anchor = "change-" + n;
        return new ChangeView(refs.project(c.project()), c.date().toString(), c.since().toString(),
                c.kind().keyword(), refs.words().title(c.kind()), c.severity().keyword(),
                c.subject() == null ? null : refs.words().value(c.subject()),
                refs.words().value(c.from()), refs.words().value(c.to()),
                refs.words().say(c.summary()), refs.links().citations(history.project().repository(), c.evidence()),
                SitePaths.snapshot(c.project(), c.date()) + "#" + anchor, anchor, c.summary(), c.from(), c.to(),
                c.subject());
    }

    static List<ChangeView> in(List<Change> changes, Map<Change, ChangeView> views) {
        List<ChangeView> list = new ArrayList<>(changes.size());
        changes.forEach(c -> list.add(views.get(c)));
        return list;
    }
}
