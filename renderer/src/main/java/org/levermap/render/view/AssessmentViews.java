package org.levermap.render.view;

import java.util.List;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Answer;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.ForkStatus;
import org.levermap.model.assess.Membership;
import org.levermap.model.assess.Reason;
import org.levermap.render.words.Words;

/** Shows an assessment. */
final class AssessmentViews {

    private final Refs refs;
    private final Words words;

    AssessmentViews(Refs refs) {
        this.refs = refs;
        this.words = refs.words();
    }

    AssessmentView of(Project project, Snapshot snapshot, Assessment a) {
        List<AssessmentView.Sole> sole = a.sole().stream()
                .map(h -> new AssessmentView.Sole(refs.words().title(h.lever()), refs.actor(h.actor()))).toList();
        List<AnswerView> answers = a.answers().stream().map(x -> answer(project, x)).toList();
        return new AssessmentView(Refs.date(a.date()), a.model().keyword(), refs.words().title(a.model()),
                a.modelReasons().stream().map(r -> words.say(r.text())).toList(),
                a.modelReasons().stream().map(r -> r.code().keyword()).toList(),
                a.modelReasons().stream().map(Reason::wouldDecide).filter(w -> w != null).findFirst().map(words::say)
                        .orElse(null),
                a.steward() == null ? null : refs.actor(a.steward().actor()),
                a.steward() == null ? null : words.say(a.steward().reason()), sole, answers, flags(a.flags(), words),
                fork(project, snapshot, a.fork()), a.alliances().stream().map(this::tie).toList(),
                a.modelReasons().stream().map(Reason::text).toList(), a.steward() == null ? null : a.steward().reason());
    }

    private AssessmentView.Tie tie(Membership m) {
        return new AssessmentView.Tie(refs.alliance(m.alliance()), m.via().keyword(),
                m.via() == Membership.Via.PROJECT ? refs.project(m.member()) : refs.actor(m.member()));
    }

    private AnswerView answer(Project project, Answer a) {
        return new AnswerView(a.question().keyword(), refs.words().term(a.question()), a.status().keyword(),
                refs.words().title(a.status()),
                words.say(a.summary()), a.holders().stream().map(refs::actor).toList(),
                refs.links().citations(project.repository(), a.evidence()),
                a.reason() == null ? null : a.reason().keyword(), words.say(a.wouldDecide()), a.summary(),
                a.wouldDecide());
    }

    static List<FlagView> flags(List<Flag> flags, Words words) {
        return flags.stream().map(f -> new FlagView(f.keyword(), words.label(f), words.description(f))).toList();
    }

    ForkView fork(Project project, Snapshot snapshot, ForkStatus status) {
        if (status == null) {
            return null;
        }
        var l = snapshot.lineage();
        return new ForkView(refs.project(project.id()), refs.project(status.upstream()), status.kind().keyword(),
                Refs.date(l.forkDate()), Refs.date(status.lastSync()), l.ahead(), l.behind(), reasonTexts(status, words),
                reasonCodes(status), reasonPhrases(status));
    }

    /** A fork's reasons in words, in order. */
    static List<String> reasonTexts(ForkStatus status, Words words) {
        return status.reasons().stream().map(r -> words.say(r.text())).toList();
    }

    /** A fork's reasons as the model states them, in order. */
    static List<org.levermap.model.phrase.Phrase> reasonPhrases(ForkStatus status) {
        return status.reasons().stream().map(Reason::text).toList();
    }

    /** A fork's reason codes, in the order of its reasons. */
    static List<String> reasonCodes(ForkStatus status) {
        return status.reasons().stream().map(r -> r.code().keyword()).toList();
    }
}
