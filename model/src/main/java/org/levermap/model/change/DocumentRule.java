package org.levermap.model.change;

import org.levermap.model.assess.CitationText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.ContributionFacts;
import org.levermap.model.DocumentKind;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/** A governance document added is info; removed is info, but notable for GOVERNANCE itself. */
final class DocumentRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        Map<DocumentKind, ContributionFacts.Document> before = documents(step.before());
        Map<DocumentKind, ContributionFacts.Document> after = documents(step.after());
        if (before == null || after == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.keyword();
            if (after.containsKey(kind) && !before.containsKey(kind)) {
                ContributionFacts.Document d = after.get(kind);
                changes.add(step.change(ChangeKind.DOCUMENT, Severity.INFO, name, null, d.evidence().path(),
                        Phrase.of(ChangeText.DOCUMENT_ADDED).term("document", kind), List.of(Citation.of(Phrase.of(CitationText.NAMED).text("name", name), d.evidence()))));
            } else if (before.containsKey(kind) && !after.containsKey(kind)) {
                changes.add(step.change(ChangeKind.DOCUMENT,
                        kind == DocumentKind.GOVERNANCE ? Severity.NOTABLE : Severity.INFO, name,
                        before.get(kind).evidence().path(), null, Phrase.of(ChangeText.DOCUMENT_REMOVED).term("document", kind),
                        List.of()));
            }
        }
        return changes;
    }

    private static Map<DocumentKind, ContributionFacts.Document> documents(Snapshot s) {
        if (s.contribution() == null) {
            return null;
        }
        Map<DocumentKind, ContributionFacts.Document> byKind = new EnumMap<>(DocumentKind.class);
        for (ContributionFacts.Document d : s.contribution().documents()) {
            if (d != null) {
                byKind.putIfAbsent(d.kind(), d);
            }
        }
        return byKind;
    }
}
