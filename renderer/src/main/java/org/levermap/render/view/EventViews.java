package org.levermap.render.view;

import org.levermap.model.Event;
import org.levermap.render.markdown.MarkdownRenderer;

/** A curated event, with its parties and outcome, as the project page and the timeline show it. */
final class EventViews {

    private final Refs refs;
    private final MarkdownRenderer markdown;

    EventViews(Refs refs, MarkdownRenderer markdown) {
        this.refs = refs;
        this.markdown = markdown;
    }

    ProjectPage.EventView of(Event e) {
        return new ProjectPage.EventView(e.date().toString(), e.kind().keyword(), e.title(),
                refs.links().source(e.source()), new Html(markdown.render(e.note())),
                e.parties().stream().filter(p -> p != null).map(this::party).toList(), outcome(e.outcome()));
    }

    private ProjectPage.PartyView party(Event.Party p) {
        Ref who = p.actor() != null ? refs.actor(p.actor()) : refs.project(p.project());
        return new ProjectPage.PartyView(who, p.side() == null ? null : p.side().keyword(), p.role(),
                p.source() == null ? null : refs.links().source(p.source()));
    }

    private ProjectPage.OutcomeView outcome(Event.Outcome o) {
        if (o == null) {
            return null;
        }
        return new ProjectPage.OutcomeView(o.date() == null ? null : o.date().toString(),
                new Html(markdown.render(o.summary())), refs.links().source(o.source()));
    }
}
