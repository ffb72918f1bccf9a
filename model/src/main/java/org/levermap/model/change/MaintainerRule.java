package org.levermap.model.change;

import org.levermap.model.phrase.Arg;
import org.levermap.model.assess.CitationText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Citation;
import org.levermap.model.phrase.Phrase;

/** A maintainer joining or leaving (named in CODEOWNERS, MAINTAINERS, OWNERS or GOVERNANCE files): info. */
final class MaintainerRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        Map<String, ContributionFacts.Maintainer> before = maintainers(step.before());
        Map<String, ContributionFacts.Maintainer> after = maintainers(step.after());
        if (before == null || after == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        after.forEach((name, m) -> {
            if (!before.containsKey(name)) {
                changes.add(step.change(ChangeKind.MAINTAINER, Severity.INFO, Step.text(m.name()), null, role(m), Phrase.of(ChangeText.MAINTAINER_ADDED).text("maintainer", m.name()),
                        List.of(Citation.of(Phrase.of(CitationText.NAMED).text("name", m.name()), m.evidence()))));
            }
        });
        before.forEach((name, m) -> {
            if (!after.containsKey(name)) {
                changes.add(step.change(ChangeKind.MAINTAINER, Severity.INFO, Step.text(m.name()), role(m), null, Phrase.of(ChangeText.MAINTAINER_REMOVED).text("maintainer", m.name()),
                        List.of()));
            }
        });
        return changes;
    }

    /** The maintainer's role as listed, or the statement that they maintain. */
    private static Arg role(ContributionFacts.Maintainer m) {
        return m.role() == null ? new Arg.Part(Phrase.of(ChangeText.MAINTAINER_ROLE)) : new Arg.Text(m.role());
    }

    /** Maintainers by name as written, case-folded: the same person listed twice is one maintainer. */
    private static Map<String, ContributionFacts.Maintainer> maintainers(Snapshot s) {
        if (s.contribution() == null) {
            return null;
        }
        Map<String, ContributionFacts.Maintainer> byName = new TreeMap<>();
        for (ContributionFacts.Maintainer m : s.contribution().maintainers()) {
            if (m != null) {
                byName.putIfAbsent(m.name().toLowerCase(java.util.Locale.ROOT), m);
            }
        }
        return byName;
    }
}
