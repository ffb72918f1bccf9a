package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Concentration;
import org.levermap.model.Event;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LineageFacts;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;
import org.levermap.model.assess.CollectedHoldings;
import org.levermap.model.assess.Concentrations;
import org.levermap.model.change.Change;
import org.levermap.model.change.HistorySummary;
import org.levermap.model.change.ProjectHistory;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.link.Forge;
import org.levermap.render.markdown.MarkdownRenderer;
import org.levermap.render.svg.ConcentrationChart;
import org.levermap.render.svg.DivergenceChart;
import org.levermap.render.svg.LicenseHistoryChart;

/** Shows a project: its index row, its page, its timeline and each snapshot page. */
final class ProjectViews {

    private static final int RECENT_CHANGES = 12;

    private final DataRepository repo;
    private final Refs refs;
    private final MarkdownRenderer markdown;
    private final AssessmentViews assessments;
    private final LeverViews levers;
    private final EventViews eventViews;
    private final SnapshotViews snapshots;
    private final ForkViews forks;
    private final Badges badges;
    private final Assessor assessor;

    ProjectViews(DataRepository repo, Assessor assessor, Refs refs, MarkdownRenderer markdown, ForkViews forks,
            Badges badges) {
        this.repo = repo;
        this.assessor = assessor;
        this.refs = refs;
        this.markdown = markdown;
        this.assessments = new AssessmentViews(refs);
        this.levers = new LeverViews(refs, markdown);
        this.eventViews = new EventViews(refs, markdown);
        this.snapshots = new SnapshotViews(refs);
        this.forks = forks;
        this.badges = badges;
    }

    ProjectRow row(HistorySummary h, java.util.function.Function<Change, ChangeView> changes) {
        Project p = h.project();
        Assessment a = h.latest();
        Snapshot latest = h.latestSnapshot();
        LicenseFacts license = latest == null ? null : latest.license();
        Change last = h.mostSevereRecent();
        ForkView fork = forks.upstreamOf(p.id());
        return new ProjectRow(refs.project(p.id()), p.kind() == null ? null : p.kind().keyword(),
                license == null ? null : license.spdx(),
                license == null ? null : a.licenseFamily().keyword(),
                a.model().keyword(), refs.words().title(a.model()), a.steward() == null ? null : refs.actor(a.stewardId()),
                AssessmentViews.flags(a.flags(), refs.words()), last == null ? null : changes.apply(last),
                h.firstDate() == null ? null : h.firstDate().toString(),
                latest == null ? null : latest.date().toString(), fork == null ? null : fork.upstream());
    }

    ProjectSummary summary(HistorySummary h) {
        Project p = h.project();
        List<ProjectPage.EventView> events = p.events().stream().filter(e -> e != null)
                .sorted(Comparator.comparing(Event::date).reversed())
                .map(eventViews::of)
                .toList();
        return new ProjectSummary(refs.project(p.id()), p.kind() == null ? null : p.kind().keyword(), repository(p),
                Links.url(p.website()), assessments.of(p, h.latestSnapshot(), h.latest()), forks.of(p.id()),
                forks.upstreamOf(p.id()), memberships(p, h.latest()), events);
    }

    ProjectPage page(ProjectHistory h, Map<Change, ChangeView> changes) {
        Project p = h.project();
        ProjectSummary summary = summary(h.summary());
        Snapshot latest = h.latestSnapshot();
        LocalDate date = latest == null ? null : latest.date();
        List<Ref> snapshotRefs = new ArrayList<>();
        for (int i = h.snapshots().size() - 1; i >= 0; i--) {
            snapshotRefs.add(refs.snapshot(p.id(), h.snapshots().get(i).date()));
        }
        List<ChangeView> recent = ChangeViews.in(h.changes().subList(0, Math.min(RECENT_CHANGES, h.changes().size())),
                changes);
        return new ProjectPage(summary.project(), summary.kind(), new Html(markdown.render(p.description())),
                summary.repository(), summary.website(), summary.assessment(), levers.of(p, date, h.latest(),
                        CollectedHoldings.of(latest, assessor.actors(), date)),
                latest == null ? null : snapshots.of(p, latest), concentration(h), license(h), divergence(h),
                summary.forks(),
                summary.upstream(), summary.alliances(), summary.events(), recent, h.changes().size(), snapshotRefs,
                badges.of(p.id()));
    }

    SnapshotPage snapshot(ProjectHistory h, int index, Map<Change, ChangeView> changes) {
        Project p = h.project();
        Snapshot s = h.snapshots().get(index);
        Assessment a = h.assessments().get(index);
        Ref previous = index > 0 ? refs.snapshot(p.id(), h.snapshots().get(index - 1).date()) : null;
        Ref next = index + 1 < h.snapshots().size() ? refs.snapshot(p.id(), h.snapshots().get(index + 1).date()) : null;
        return new SnapshotPage(snapshots.of(p, s), assessments.of(p, s, a), levers.of(p, s.date(), a, CollectedHoldings.of(s, assessor.actors(), s.date())),
                ChangeViews.in(h.summary().changesOn(s.date()), changes), previous, next, next == null);
    }

    TimelinePage timeline(ProjectHistory h, Map<Change, ChangeView> changes) {
        Project p = h.project();
        List<TimelinePage.Entry> entries = new ArrayList<>();
        for (Change c : h.changes()) {
            ChangeView v = changes.get(c);
            entries.add(new TimelinePage.Entry(v.date(), "change", v.severity(), v.kindLabel()
                    + (v.subject() == null ? "" : ": " + v.subject()), v.summary(), Html.EMPTY, v.evidence(), v.href(), null));
        }
        for (Event e : p.events()) {
            if (e != null) {
                ProjectPage.EventView v = eventViews.of(e);
                entries.add(new TimelinePage.Entry(v.date(), "event", v.kind(), v.title(), null, v.note(),
                        List.of(v.source()), null, v));
            }
        }
        // Newest first; on one day, curated events before the observed changes they explain.
        entries.sort(Comparator.comparing(TimelinePage.Entry::date).reversed()
                .thenComparing(e -> e.type().equals("event") ? 0 : 1));
        return new TimelinePage(refs.project(p.id()), entries);
    }

    private ExtLink repository(Project p) {
        if (p.repository() == null) {
            return null;
        }
        return new ExtLink(p.repository(), refs.links().forge(p.repository()).map(Forge::home).orElse(Links.url(p.repository()).url()));
    }

    private static ProjectPage.Chart concentration(ProjectHistory h) {
        List<ConcentrationChart.Point> points = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Snapshot s : h.snapshots()) {
            Concentration c = s.contribution() == null ? null : s.contribution().concentration();
            if (c == null) {
                continue;
            }
            double org = Concentrations.topOrganisationShare(c);
            double author = Concentrations.topAuthorShare(c);
            points.add(new ConcentrationChart.Point(s.date(), org, author));
            rows.add(List.of(s.date().toString(), SnapshotViews.percent(org), SnapshotViews.percent(author),
                    text(c.busFactor()), text(c.elephantFactor()), text(c.commits()), text(c.authors())));
        }
        return new ProjectPage.Chart(ConcentrationChart.render("concentration", points),
                List.of("Snapshot", "Largest organisation", "Largest author", "Bus factor", "Elephant factor", "Commits",
                        "Authors"), rows);
    }

    /** A fork's commits ahead of and behind its upstream at each snapshot that shows its lineage. */
    private ProjectPage.Chart divergence(ProjectHistory h) {
        List<DivergenceChart.Point> points = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String upstream = null;
        for (Snapshot s : h.snapshots()) {
            LineageFacts l = s.lineage();
            if (l == null || l.upstream() == null || l.ahead() == null || l.behind() == null) {
                continue;
            }
            upstream = l.upstream();
            points.add(new DivergenceChart.Point(s.date(), l.ahead(), l.behind()));
            rows.add(List.of(s.date().toString(), text(l.ahead()), text(l.behind()), text(l.aheadNoMerges()),
                    text(l.behindNoMerges()), l.lastSync() == null ? "never" : l.lastSync().toString()));
        }
        String name = upstream == null ? "" : refs.project(upstream).name();
        return new ProjectPage.Chart(DivergenceChart.render("divergence", name, points),
                List.of("Snapshot", "Ahead", "Behind", "Ahead without merges", "Behind without merges", "Last sync"),
                rows);
    }

    private static String text(Integer n) {
        return n == null ? "–" : n.toString();
    }

    /** The license over time, from the newest snapshot's history, else from the license each snapshot saw. */
    private static ProjectPage.Chart license(ProjectHistory h) {
        // Each license's family as its newest snapshot judged it: assessments are derived again when read.
        Map<String, String> families = new HashMap<>();
        for (int i = h.snapshots().size() - 1; i >= 0; i--) {
            Snapshot s = h.snapshots().get(i);
            if (s.license() != null && s.license().spdx() != null && !families.containsKey(s.license().spdx())) {
                families.put(s.license().spdx(), h.assessments().get(i).licenseFamily().keyword());
            }
        }
        Snapshot latest = h.latestSnapshot();
        if (latest == null || latest.license() == null) {
            return new ProjectPage.Chart(Html.EMPTY, List.of(), List.of());
        }
        LocalDate end = latest.date();
        LocalDate firstSeen = h.snapshots().stream().filter(s -> s.license() != null).findFirst().orElseThrow().date();
        List<LicenseChange> history = latest.license().history().stream()
                .filter(c -> c != null && c.kind() == LicenseChange.Kind.CHANGE && !c.date().isAfter(end))
                .sorted(Comparator.comparing(LicenseChange::date)).toList();
        List<LicenseHistoryChart.Span> spans = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        if (!history.isEmpty()) {
            LicenseChange first = history.get(0);
            if (first.from() != null && firstSeen.isBefore(first.date())) {
                spans.add(span(first.from(), families, firstSeen, first.date()));
            }
            for (int i = 0; i < history.size(); i++) {
                LicenseChange c = history.get(i);
                LocalDate until = i + 1 < history.size() ? history.get(i + 1).date() : end;
                if (c.to() != null) {
                    spans.add(span(c.to(), families, c.date(), until));
                }
                rows.add(List.of(c.date().toString(), c.from() == null ? "none" : c.from(),
                        c.to() == null ? "none" : c.to(), c.evidence().commit()));
            }
        } else {
            String current = null;
            LocalDate since = null;
            for (Snapshot s : h.snapshots()) {
                String spdx = s.license() == null || s.license().spdx() == null ? "none" : s.license().spdx();
                if (!spdx.equals(current)) {
                    if (current != null) {
                        spans.add(span(current, families, since, s.date()));
                        rows.add(List.of(s.date().toString(), current, spdx, "–"));
                    }
                    current = spdx;
                    since = s.date();
                }
            }
            spans.add(span(current, families, since, end));
        }
        return new ProjectPage.Chart(LicenseHistoryChart.render("license-history", spans),
                List.of("Date", "From", "To", "Commit"), rows);
    }

    private static LicenseHistoryChart.Span span(String spdx, Map<String, String> families, LocalDate from,
            LocalDate to) {
        return new LicenseHistoryChart.Span(spdx, families.getOrDefault(spdx, "unknown"), from, to);
    }

    /** The memberships tying the project to alliances, past and present, as the assessment found them. */
    List<MembershipView> memberships(Project project, Assessment latest) {
        return assessor.everTied(project, latest).stream()
                .map(m -> AllianceViews.membership(refs, m.alliance(), m.entry(), m.via().keyword())).toList();
    }
}
