package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.phrase.Arg;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.phrase.Phrase;

/** Someone starting or stopping to merge into the default branch: info. */
final class MergerRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        Map<String, ContributionFacts.Merger> before = mergers(step.before());
        Map<String, ContributionFacts.Merger> after = mergers(step.after());
        if (before == null || after == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        after.forEach((id, m) -> {
            if (!before.containsKey(id)) {
                changes.add(step.change(ChangeKind.MERGER, Severity.INFO, Step.text(display(m)), null, merges(m),
                        Phrase.of(ChangeText.MERGER_ADDED).text("merger", display(m)), List.of()));
            }
        });
        before.forEach((id, m) -> {
            if (!after.containsKey(id)) {
                changes.add(step.change(ChangeKind.MERGER, Severity.INFO, Step.text(display(m)), merges(m), null,
                        Phrase.of(ChangeText.MERGER_REMOVED).text("merger", display(m)), List.of()));
            }
        });
        return changes;
    }

    private static String display(ContributionFacts.Merger m) {
        return m.name() == null ? m.identity() : m.name();
    }

    private static Map<String, ContributionFacts.Merger> mergers(Snapshot s) {
        if (s.contribution() == null) {
            return null;
        }
        Map<String, ContributionFacts.Merger> byIdentity = new TreeMap<>();
        for (ContributionFacts.Merger m : s.contribution().mergers()) {
            if (m != null) {
                byIdentity.putIfAbsent(m.identity(), m);
            }
        }
        return byIdentity;
    }

    private static Arg merges(ContributionFacts.Merger m) {
        return new Arg.Part(Phrase.of(m.merges() == 1 ? ChangeText.MERGES_ONE : ChangeText.MERGES).count("count", m.merges()));
    }
}
