package org.levermap.render.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.ContributionFacts;
import org.levermap.model.CuratedFact;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.ActorDirectory;
import org.levermap.model.assess.Assessor;
import org.levermap.model.assess.Lever;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.HistorySummary;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.markdown.MarkdownRenderer;

/** Shows actors: every lever each holds across projects, directly or through a subsidiary. */
final class ActorViews {

    private final DataRepository repo;
    private final ActorDirectory actors;
    private final Refs refs;
    private final MarkdownRenderer markdown;
    /** For each top-level group, every lever fact naming it or one of its members; built once. */
    private final Map<String, List<ActorPage.Held>> held = new TreeMap<>();
    private final Map<String, List<Ref>> stewardOf = new TreeMap<>();
    /** For each actor, the projects whose latest snapshot names it a maintainer, in the change log's order. */
    private final Map<String, List<Ref>> maintainerOf = new java.util.HashMap<>();

    ActorViews(DataRepository repo, ChangeLog log, Refs refs, MarkdownRenderer markdown) {
        this.repo = repo;
        this.actors = log.assessor().actors();
        this.refs = refs;
        this.markdown = markdown;
        for (HistorySummary h : log.summaries().values()) {
            String project = h.project().id();
            for (Lever lever : Lever.values()) {
                for (CuratedFact f : lever.facts(h.project().levers())) {
                    if (f == null || f.holder() == null) {
                        continue;
                    }
                    boolean current = Assessor.holdsOn(f, null);
                    String group = actors.group(f.holder(), current ? null : f.since());
                    boolean alone = h.latest().sole().stream()
                            .anyMatch(s -> s.lever() == lever && s.actor().equals(group) && current);
                    ActorPage.Held entry = new ActorPage.Held(refs.project(project), refs.words().title(lever), f.value(),
                            Refs.date(f.since()), Refs.date(f.until()), current, null, alone, refs.links().source(f.source()));
                    held.computeIfAbsent(f.holder(), k -> new ArrayList<>()).add(entry);
                    if (!group.equals(f.holder())) {
                        held.computeIfAbsent(group, k -> new ArrayList<>()).add(new ActorPage.Held(entry.project(),
                                entry.lever(), entry.value(), entry.since(), entry.until(), current,
                                refs.actor(f.holder()), alone, entry.source()));
                    }
                }
            }
            Snapshot s = h.latestSnapshot();
            ContributionFacts c = s == null ? null : s.contribution();
            if (c != null) {
                c.maintainers().stream().filter(m -> m != null && m.actor() != null).map(m -> m.actor()).distinct()
                        .forEach(m -> maintainerOf.computeIfAbsent(m, k -> new ArrayList<>()).add(refs.project(project)));
            }
            if (h.latest().stewardId() != null) {
                stewardOf.computeIfAbsent(h.latest().stewardId(), k -> new ArrayList<>()).add(refs.project(project));
            }
        }
        held.values().forEach(list -> list.sort(Comparator.comparing((ActorPage.Held x) -> !x.current())
                .thenComparing(x -> x.project().name())));
    }

    ActorsPage index() {
        List<ActorsPage.Row> rows = new ArrayList<>();
        for (Actor a : repo.actors().values()) {
            int current = (int) held.getOrDefault(a.id(), List.of()).stream().filter(ActorPage.Held::current).count();
            rows.add(new ActorsPage.Row(refs.actor(a.id()), a.kind().keyword(), current,
                    stewardOf.getOrDefault(a.id(), List.of())));
        }
        return new ActorsPage(rows);
    }

    ActorPage page(String id) {
        Actor a = repo.actors().get(id);
        List<ActorPage.Tie> parents = a.parents().stream().filter(p -> p != null)
                .map(p -> new ActorPage.Tie(refs.actor(p.actor()), p.since().toString(), Refs.date(p.until()),
                        refs.links().source(p.source()))).toList();
        List<ActorPage.Tie> subsidiaries = new ArrayList<>();
        for (Actor other : repo.actors().values()) {
            for (Actor.Parent p : other.parents()) {
                if (p != null && id.equals(p.actor())) {
                    subsidiaries.add(new ActorPage.Tie(refs.actor(other.id()), p.since().toString(), Refs.date(p.until()),
                            refs.links().source(p.source())));
                }
            }
        }
        List<MembershipView> memberships = new ArrayList<>();
        for (Alliance alliance : repo.alliances().values()) {
            for (Alliance.Member m : alliance.members()) {
                if (m != null && id.equals(m.actor())) {
                    memberships.add(AllianceViews.membership(refs, alliance, m));
                }
            }
        }
        return new ActorPage(refs.actor(id), a.kind().keyword(), Links.url(a.website()), new Html(markdown.render(a.note())),
                a.aliases().stream().filter(x -> x != null).toList(), parents, subsidiaries,
                held.getOrDefault(id, List.of()), stewardOf.getOrDefault(id, List.of()), maintainerOf.getOrDefault(id, List.of()),
                memberships,
                affiliations(a));
    }

    /** A person's affiliations, as their actor file gives them (with no date: open-ended). */
    private List<ActorPage.Tie> affiliations(Actor a) {
        return a.affiliations().stream().filter(x -> x != null)
                .map(x -> new ActorPage.Tie(refs.actor(x.actor()), Refs.date(x.since()), Refs.date(x.until()),
                        refs.links().source(x.source()))).toList();
    }
}
