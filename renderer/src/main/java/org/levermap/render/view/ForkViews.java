package org.levermap.render.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.ForkStatus;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.HistorySummary;
import org.levermap.render.svg.ForkGraphSvg;

/**
 * Every fork relation: a project's upstream is the one its newest snapshot's lineage names, else the
 * one its project.yaml names; its kind is the newest assessment's, unknown without lineage.
 */
final class ForkViews {

    private final Refs refs;
    private final List<ForkView> forks;

    ForkViews(Refs refs, ChangeLog log) {
        this.refs = refs;
        List<ForkView> all = new ArrayList<>();
        for (HistorySummary h : log.summaries().values()) {
            ForkView f = of(h);
            if (f != null) {
                all.add(f);
            }
        }
        this.forks = List.copyOf(all);
    }

    private ForkView of(HistorySummary h) {
        Project p = h.project();
        Snapshot latest = h.latestSnapshot();
        LineageFacts l = latest == null ? null : latest.lineage();
        String upstream = l != null && l.upstream() != null ? l.upstream() : p.upstream();
        if (upstream == null) {
            return null;
        }
        ForkStatus status = h.latest().fork();
        if (status == null || !status.upstream().equals(upstream)) {
            return new ForkView(refs.project(p.id()), refs.project(upstream), "unknown",
                    l == null ? null : Refs.date(l.forkDate()), null, l == null ? null : l.ahead(),
                    l == null ? null : l.behind(), List.of(), List.of(), List.of());
        }
        return new ForkView(refs.project(p.id()), refs.project(upstream), status.kind().keyword(),
                Refs.date(l.forkDate()), Refs.date(status.lastSync()), l.ahead(), l.behind(),
                AssessmentViews.reasonTexts(status, refs.words()), AssessmentViews.reasonCodes(status),
                AssessmentViews.reasonPhrases(status));
    }

    List<ForkView> all() {
        return forks;
    }

    List<ForkView> of(String upstream) {
        return forks.stream().filter(f -> f.upstream().id().equals(upstream)).toList();
    }

    ForkView upstreamOf(String project) {
        return forks.stream().filter(f -> f.fork().id().equals(project)).findFirst().orElse(null);
    }

    /** The graph on {@code forks/index.html}: every project that forks or is forked. */
    Html graph() {
        Set<String> ids = new LinkedHashSet<>();
        forks.forEach(f -> {
            ids.add(f.upstream().id());
            ids.add(f.fork().id());
        });
        List<ForkGraphSvg.Node> nodes = new ArrayList<>();
        for (String id : ids) {
            ForkView f = upstreamOf(id);
            Ref ref = refs.project(id);
            String detail = f == null ? null : (f.forkDate() == null ? "" : "forked " + f.forkDate())
                    + (f.reasons().isEmpty() ? "" : "; " + String.join("; ", f.reasons()));
            nodes.add(new ForkGraphSvg.Node(id, ref.name(), "../" + ref.href(), f == null ? null : f.upstream().id(),
                    f == null ? "root" : f.kind(), detail));
        }
        return ForkGraphSvg.render("fork-graph", nodes);
    }
}
