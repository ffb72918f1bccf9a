package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.levermap.model.Alliance;
import org.levermap.model.AlliancePurpose;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.markdown.MarkdownRenderer;
import org.levermap.render.svg.AllianceTimelineChart;

/** Shows the alliances and their membership over time. */
final class AllianceViews {

    private final DataRepository repo;
    private final Refs refs;
    private final MarkdownRenderer markdown;
    /** The last day the data speaks of: where ongoing memberships end in the chart. */
    private final LocalDate dataEnd;

    AllianceViews(DataRepository repo, Refs refs, MarkdownRenderer markdown, LocalDate dataEnd) {
        this.repo = repo;
        this.refs = refs;
        this.markdown = markdown;
        this.dataEnd = dataEnd;
    }

    AlliancesPage index() {
        List<AlliancesPage.Row> rows = new ArrayList<>();
        for (Alliance a : repo.alliances().values()) {
            int current = (int) a.members().stream().filter(m -> m != null && m.left() == null).count();
            rows.add(new AlliancesPage.Row(refs.alliance(a.id()), purposes(a), Refs.date(a.founded()), current,
                    a.members().size() - current));
        }
        return new AlliancesPage(rows);
    }

    AlliancePage page(String id) {
        Alliance a = repo.alliances().get(id);
        List<Alliance.Member> members = a.members().stream().filter(m -> m != null)
                .sorted(Comparator.comparing((Alliance.Member m) -> m.joined() == null ? LocalDate.MIN : m.joined())
                        .thenComparing(m -> m.actor() != null ? m.actor() : m.project()))
                .toList();
        List<MembershipView> views = members.stream().map(m -> membership(refs, a, m)).toList();
        return new AlliancePage(refs.alliance(id), new Html(markdown.render(a.description())), purposes(a),
                Refs.date(a.founded()), Links.url(a.website()), a.sources().stream().map(refs.links()::source).toList(), views,
                timeline(a, members));
    }

    private Html timeline(Alliance a, List<Alliance.Member> members) {
        LocalDate start = a.founded();
        LocalDate end = dataEnd;
        for (Alliance.Member m : members) {
            for (LocalDate d : new LocalDate[] {m.joined(), m.left()}) {
                if (d != null) {
                    start = start == null || d.isBefore(start) ? d : start;
                    end = end == null || d.isAfter(end) ? d : end;
                }
            }
        }
        if (start == null) {
            return Html.EMPTY;
        }
        if (end == null || !end.isAfter(start)) {
            end = start.plusYears(1);
        }
        List<AllianceTimelineChart.Bar> bars = new ArrayList<>();
        for (Alliance.Member m : members) {
            Ref member = m.actor() != null ? refs.actor(m.actor()) : refs.project(m.project());
            LocalDate from = m.joined() == null ? start : m.joined();
            LocalDate to = m.left() == null ? end : m.left();
            bars.add(new AllianceTimelineChart.Bar(member.name(), member.href() == null ? null : "../" + member.href(),
                    from, to, m.left() == null));
        }
        return AllianceTimelineChart.render("membership", bars, start, end);
    }

    private static List<String> purposes(Alliance a) {
        return a.purposes().stream().filter(p -> p != null).map(AlliancePurpose::keyword).toList();
    }

    static MembershipView membership(Refs refs, Alliance a, Alliance.Member m) {
        return membership(refs, a.id(), m, null);
    }

    /** One membership entry; {@code via} says how it ties a project, null where no project is in view. */
    static MembershipView membership(Refs refs, String alliance, Alliance.Member m, String via) {
        boolean actor = m.actor() != null;
        return new MembershipView(refs.alliance(alliance), actor ? refs.actor(m.actor()) : refs.project(m.project()),
                actor ? "actor" : "project", m.role(), Refs.date(m.joined()), Refs.date(m.left()),
                refs.links().source(m.source()), via);
    }
}
