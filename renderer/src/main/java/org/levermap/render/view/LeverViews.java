package org.levermap.render.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.levermap.model.CuratedFact;
import org.levermap.model.Project;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Assessor;
import org.levermap.model.assess.CollectedHolding;
import org.levermap.model.assess.Holding;
import org.levermap.model.assess.Lever;
import org.levermap.render.markdown.MarkdownRenderer;

/** Shows the levers of a project as of a day: the curated facts, then those the platforms showed. */
final class LeverViews {

    private final Refs refs;
    private final MarkdownRenderer markdown;

    LeverViews(Refs refs, MarkdownRenderer markdown) {
        this.refs = refs;
        this.markdown = markdown;
    }

    List<LeverView> of(Project project, LocalDate date, Assessment assessment) {
        return of(project, date, assessment, List.of());
    }

    /** The levers, each curated fact followed by what the platforms' APIs showed (issue 12). */
    List<LeverView> of(Project project, LocalDate date, Assessment assessment, List<CollectedHolding> collected) {
        List<LeverView> levers = new ArrayList<>();
        for (Lever lever : Lever.values()) {
            List<FactView> facts = new ArrayList<>();
            for (CuratedFact f : lever.facts(project.levers())) {
                facts.add(new FactView(refs.actor(f.holder()), f.value(), Refs.date(f.since()), Refs.date(f.until()),
                        Assessor.holdsOn(f, date), refs.links().source(f.source()), new Html(markdown.render(f.note())),
                        false));
            }
            // Current facts first, then the past, newest first; the sort is stable for equal keys.
            facts.sort(Comparator.comparing((FactView f) -> !f.current())
                    .thenComparing(f -> f.since() == null ? "" : f.since(), Comparator.reverseOrder()));
            for (CollectedHolding c : collected) {
                if (c.lever() == lever) {
                    facts.add(new FactView(refs.actor(c.actor()), refs.words().say(c.statement()), null, null, true,
                            refs.links().citation(project.repository(), c.evidence().get(0)), new Html(""), true));
                }
            }
            Ref sole = assessment.sole().stream().filter(h -> h.lever() == lever).map(Holding::actor)
                    .map(refs::actor).findFirst().orElse(null);
            levers.add(new LeverView(lever.keyword(), refs.words().title(lever), facts, sole));
        }
        return levers;
    }
}
