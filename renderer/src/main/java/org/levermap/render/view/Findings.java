package org.levermap.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.assess.ReasonCode;
import org.levermap.model.change.Change;
import org.levermap.model.change.ChangeKind;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.Severity;
import org.levermap.model.lineage.BaseModelLicenseCheck;
import org.levermap.model.lineage.LicenseMismatch;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.ties.AllianceSignals;

/**
 * The summary that opens the index: what the report shows, written from the data at build time so
 * that it changes when the data does. Each finding counts projects and names them; a finding with
 * nothing to report is left out.
 */
final class Findings {

    private Findings() {
    }

    static List<FindingView> of(DataRepository repo, ChangeLog log, List<ProjectRow> rows, List<ForkView> forks,
            Refs refs) {
        List<FindingView> findings = new ArrayList<>();
        int total = rows.size();

        Map<String, Integer> models = new LinkedHashMap<>();
        for (GovernanceModel m : GovernanceModel.values()) {
            int n = (int) rows.stream().filter(r -> r.model().equals(m.keyword())).count();
            if (n > 0) {
                models.put(n + " " + inSentence(refs.words().term(m)), n);
            }
        }
        findings.add(new FindingView("Governance of the " + projects(total) + ": " + String.join(", ", models.keySet()),
                List.of()));

        List<Ref> single = flagged(rows, Flag.SINGLE_ACTOR_CONTROL);
        if (!single.isEmpty()) {
            findings.add(new FindingView(count(single.size(), total) + " one actor alone holds three or more of the"
                    + " name, the legal entity, admin rights and the right to relicense", single));
        }
        List<Ref> relicensable = flagged(rows, Flag.LICENSE_SINGLE_ACTOR);
        if (!relicensable.isEmpty()) {
            findings.add(new FindingView(count(relicensable.size(), total) + " a single actor can change the license",
                    relicensable));
        }

        Set<String> tightened = new LinkedHashSet<>();
        for (Change c : log.all()) {
            if (c.kind() == ChangeKind.LICENSE && c.severity() == Severity.ALERT) {
                tightened.add(c.project());
            }
        }
        if (!tightened.isEmpty()) {
            findings.add(new FindingView(projects(tightened.size()) + " moved to a more restrictive license family"
                    + " in the period covered", tightened.stream().map(refs::project).toList()));
        }

        List<ForkView> known = forks.stream().filter(f -> !"unknown".equals(f.kind())).toList();
        List<Ref> hard = known.stream().filter(f -> "hard".equals(f.kind())).map(ForkView::fork).toList();
        if (!known.isEmpty()) {
            findings.add(new FindingView(lineage(known.size(), hard.size()), hard));
        }
        List<Ref> drifted = known.stream().filter(f -> f.reasonCodes().contains(ReasonCode.FORK_STOPPED_SYNCING.keyword())
                || f.reasonCodes().contains(ReasonCode.FORK_NEVER_SYNCED.keyword())).map(ForkView::fork).toList();
        if (!drifted.isEmpty()) {
            findings.add(new FindingView(drifted(drifted.size()), drifted));
        }

        int ties = AllianceSignals.infer(repo, log::latestSnapshot).size();
        findings.add(new FindingView(ties == 0 ? "No ties between projects are inferred from shared organisations or"
                + " maintainers in the latest snapshots" : ties + " candidate ties between projects are inferred from"
                + " shared organisations or maintainers ('levermap lineage' lists them, to confirm)", List.of()));
        List<LicenseMismatch> mismatches = BaseModelLicenseCheck.check(repo, log::latestSnapshot);
        if (!mismatches.isEmpty()) {
            findings.add(new FindingView(mismatched(mismatches.size()),
                    mismatches.stream().map(m -> refs.project(m.model())).distinct().toList()));
        }
        int uncollected = (int) rows.stream().filter(r -> r.latest() == null).count();
        if (uncollected > 0) {
            findings.add(new FindingView(count(uncollected, total) + " no git history was collected; their pages show"
                    + " curated facts only", rows.stream().filter(r -> r.latest() == null).map(ProjectRow::project)
                    .toList()));
        }
        return findings;
    }

    private static List<Ref> flagged(List<ProjectRow> rows, Flag flag) {
        return rows.stream().filter(r -> r.flags().stream().anyMatch(f -> f.keyword().equals(flag.keyword())))
                .map(ProjectRow::project).toList();
    }

    private static String count(int n, int total) {
        return "In " + n + " of the " + total + " projects";
    }

    private static String projects(int n) {
        return n == 1 ? "1 project" : n + " projects";
    }

    /** A label inside a sentence: in lower case, but an acronym as it is ("BDFL", "corporate-led"). */
    static String inSentence(String label) {
        return label.equals(label.toUpperCase(java.util.Locale.ROOT)) ? label : label.toLowerCase(java.util.Locale.ROOT);
    }

    /** How many forks have collected lineage, and how many of them are hard forks. */
    static String lineage(int known, int hard) {
        String which = known == 1 && hard == 0 ? "it is not a hard fork (one renamed, relicensed or no longer syncing)"
                : (known == 1 ? "it is a hard fork" : hard + " of them " + (hard == 1 ? "is a hard fork" : "are hard forks"))
                        + " (renamed, relicensed or no longer syncing)";
        return known + (known == 1 ? " fork has" : " forks have") + " collected lineage; " + which;
    }

    /** How many forks have not merged their upstream for more than a year. */
    static String drifted(int n) {
        return n == 1 ? "1 fork has not merged its upstream for more than a year"
                : n + " forks have not merged their upstreams for more than a year";
    }

    /** How many models declare a license other than their base model's. */
    static String mismatched(int n) {
        return n == 1 ? "1 project declares a license that differs from its base model's"
                : n + " projects declare a license that differs from their base models'";
    }
}
