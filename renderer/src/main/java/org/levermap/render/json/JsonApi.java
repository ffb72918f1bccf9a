package org.levermap.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.Concentrations;
import org.levermap.model.change.ProjectHistory;
import org.levermap.render.view.ActorsPage;
import org.levermap.render.view.AlliancePage;
import org.levermap.render.view.AlliancesPage;
import org.levermap.render.view.AnswerView;
import org.levermap.render.view.AssessmentView;
import org.levermap.render.view.ChangeView;
import org.levermap.render.view.ExtLink;
import org.levermap.render.view.FlagView;
import org.levermap.render.view.ForkView;
import org.levermap.render.view.MembershipView;
import org.levermap.render.view.ProjectRow;
import org.levermap.render.view.ProjectSummary;
import org.levermap.render.view.Ref;
import org.levermap.render.view.SitePaths;
import org.levermap.render.view.SiteView;
import org.levermap.render.view.Views;

/**
 * {@code api/*.json}: the site's data for programs. Keys are snake_case and stable; links are paths
 * relative to the site root ({@code href}) or absolute URLs ({@code url}).
 */
public final class JsonApi {

    /** The ecosystem change log in {@code api/changes.json} stops after this many; project files have all. */
    static final int CHANGES = 1000;

    private final Views views;

    public JsonApi(Views views) {
        this.views = views;
    }

    /** {@code api/index.json}: the site and every project's row. */
    public byte[] index() {
        SiteView site = views.site();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", site.title());
        json.put("description", site.description());
        json.put("base_url", site.baseUrl());
        json.put("data_as_of", site.dataAsOf());
        json.put("data_from", site.dataFrom());
        json.put("curated_only", site.curatedOnly());
        json.put("generator", site.generator());
        List<Object> projects = new ArrayList<>();
        for (ProjectRow r : views.index().projects()) {
            projects.add(row(r));
        }
        json.put("projects", projects);
        return Json.bytes(json);
    }

    static Map<String, Object> row(ProjectRow r) {
        Map<String, Object> p = ref(r.project());
        p.put("json", SitePaths.projectJson(r.project().id()));
        p.put("kind", r.kind());
        p.put("license", r.license());
        p.put("family", r.family());
        p.put("model", r.model());
        p.put("steward", ref(r.steward()));
        p.put("flags", flags(r.flags()));
        p.put("first", r.first());
        p.put("latest", r.latest());
        p.put("upstream", ref(r.upstream()));
        p.put("last_change", r.lastChange() == null ? null : change(r.lastChange()));
        return p;
    }

    /** {@code api/projects/<id>.json}: the latest assessment, every snapshot's figures and every change. */
    public byte[] project(String id) {
        ProjectSummary page = views.projectSummary(id);
        ProjectHistory h = views.log().history(id);
        Map<String, Object> json = ref(page.project());
        json.put("kind", page.kind());
        json.put("repository", link(page.repository()));
        json.put("website", link(page.website()));
        json.put("assessment", assessment(page.assessment()));
        List<Object> snapshots = new ArrayList<>();
        for (int i = 0; i < h.snapshots().size(); i++) {
            Snapshot s = h.snapshots().get(i);
            Assessment a = h.assessments().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", s.date().toString());
            row.put("href", SitePaths.snapshot(id, s.date()));
            row.put("license", s.license() == null ? null : s.license().spdx());
            row.put("family", s.license() == null || s.license().family() == null ? null : s.license().family().keyword());
            row.put("model", a.model().keyword());
            row.put("steward", a.stewardId());
            row.put("flags", a.flags().stream().map(f -> f.keyword()).toList());
            var c = s.contribution() == null ? null : s.contribution().concentration();
            row.put("top_organisation_share", c == null ? null : Concentrations.topOrganisationShare(c));
            row.put("top_author_share", c == null ? null : Concentrations.topAuthorShare(c));
            row.put("bus_factor", c == null ? null : c.busFactor());
            row.put("elephant_factor", c == null ? null : c.elephantFactor());
            snapshots.add(row);
        }
        json.put("snapshots", snapshots);
        json.put("changes", h.changes().stream().map(c -> change(views.change(c))).toList());
        json.put("forks", page.forks().stream().map(JsonApi::fork).toList());
        json.put("upstream", page.upstream() == null ? null : fork(page.upstream()));
        json.put("alliances", page.alliances().stream().map(JsonApi::membership).toList());
        json.put("events", page.events().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date());
            m.put("kind", e.kind());
            m.put("title", e.title());
            m.put("source", link(e.source()));
            return m;
        }).toList());
        return Json.bytes(json);
    }

    /** {@code api/changes.json}: the newest changes of every project. */
    public byte[] changes() {
        Map<String, Object> json = new LinkedHashMap<>();
        var all = views.log().all();
        json.put("total", all.size());
        json.put("changes", all.stream().limit(CHANGES).map(c -> change(views.change(c))).toList());
        return Json.bytes(json);
    }

    /** {@code api/forks.json}. */
    public byte[] forks() {
        return Json.bytes(Map.of("forks", views.forkList().stream().map(JsonApi::fork).toList()));
    }

    /** {@code api/alliances.json}: every alliance with its members. */
    public byte[] alliances() {
        List<Object> list = new ArrayList<>();
        for (AlliancesPage.Row row : views.alliances().alliances()) {
            AlliancePage page = views.alliance(row.alliance().id());
            Map<String, Object> a = ref(page.alliance());
            a.put("purposes", page.purposes());
            a.put("founded", page.founded());
            a.put("website", link(page.website()));
            a.put("members", page.members().stream().map(JsonApi::membership).toList());
            list.add(a);
        }
        return Json.bytes(Map.of("alliances", list));
    }

    /** {@code api/actors.json}: every actor and the projects it stewards. */
    public byte[] actors() {
        List<Object> list = new ArrayList<>();
        for (ActorsPage.Row row : views.actors().actors()) {
            Map<String, Object> a = ref(row.actor());
            a.put("kind", row.kind());
            a.put("levers_held", row.levers());
            a.put("steward_of", row.stewardOf().stream().map(JsonApi::ref).toList());
            list.add(a);
        }
        return Json.bytes(Map.of("actors", list));
    }

    static Map<String, Object> assessment(AssessmentView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", a.date());
        m.put("model", a.model());
        m.put("reasons", a.reasons());
        m.put("reason_codes", a.reasonCodes());
        m.put("reason_phrases", PhraseJson.of(a.reasonPhrases()));
        m.put("would_decide", a.wouldDecide());
        m.put("steward", ref(a.steward()));
        m.put("steward_reason", a.stewardReason());
        m.put("steward_reason_phrase", PhraseJson.of(a.stewardPhrase()));
        m.put("sole_levers", a.sole().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("lever", s.lever());
            x.put("actor", ref(s.actor()));
            return x;
        }).toList());
        List<Object> answers = new ArrayList<>();
        for (AnswerView q : a.answers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("question", q.keyword());
            x.put("text", q.question());
            x.put("status", q.status());
            x.put("summary", q.summary());
            x.put("summary_phrase", PhraseJson.of(q.summaryPhrase()));
            x.put("holders", q.holders().stream().map(JsonApi::ref).toList());
            x.put("evidence", q.evidence().stream().map(JsonApi::link).toList());
            x.put("reason", q.reason());
            x.put("would_decide", q.wouldDecide());
            x.put("would_decide_phrase", PhraseJson.of(q.wouldDecidePhrase()));
            answers.add(x);
        }
        m.put("answers", answers);
        m.put("flags", flags(a.flags()));
        m.put("fork", a.fork() == null ? null : fork(a.fork()));
        m.put("alliances", a.alliances().stream().map(JsonApi::tie).toList());
        return m;
    }

    static Map<String, Object> change(ChangeView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", c.project().id());
        m.put("date", c.date());
        m.put("since", c.since());
        m.put("kind", c.kind());
        m.put("severity", c.severity());
        m.put("subject", c.subject());
        m.put("subject_value", PhraseJson.value(c.subjectValue()));
        m.put("from", c.from());
        m.put("to", c.to());
        m.put("from_value", PhraseJson.value(c.fromValue()));
        m.put("to_value", PhraseJson.value(c.toValue()));
        m.put("summary", c.summary());
        m.put("summary_phrase", PhraseJson.of(c.summaryPhrase()));
        m.put("href", c.href());
        m.put("evidence", c.evidence().stream().map(JsonApi::link).toList());
        return m;
    }

    static Map<String, Object> fork(ForkView f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fork", ref(f.fork()));
        m.put("upstream", ref(f.upstream()));
        m.put("kind", f.kind());
        m.put("fork_date", f.forkDate());
        m.put("last_sync", f.lastSync());
        m.put("ahead", f.ahead());
        m.put("behind", f.behind());
        m.put("reasons", f.reasons());
        m.put("reason_codes", f.reasonCodes());
        m.put("reason_phrases", PhraseJson.of(f.reasonPhrases()));
        return m;
    }

    /** A tie to an alliance: the alliance's reference, as before, with how the project is tied and the member. */
    static Map<String, Object> tie(AssessmentView.Tie t) {
        Map<String, Object> m = new LinkedHashMap<>(ref(t.alliance()));
        m.put("via", t.via());
        m.put("member", ref(t.member()));
        return m;
    }

    static Map<String, Object> membership(MembershipView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alliance", ref(v.alliance()));
        m.put(v.memberType(), ref(v.member()));
        m.put("role", v.role());
        m.put("joined", v.joined());
        m.put("left", v.left());
        m.put("source", link(v.source()));
        if (v.via() != null) {
            m.put("via", v.via());
        }
        return m;
    }

    static Map<String, Object> ref(Ref r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("href", r.href());
        return m;
    }

    static Map<String, Object> link(ExtLink l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", l.text());
        m.put("url", l.url());
        if (l.label() != null) {
            m.put("label_phrase", PhraseJson.of(l.label()));
        }
        return m;
    }

    static List<String> flags(List<FlagView> flags) {
        return flags.stream().map(FlagView::keyword).toList();
    }
}
