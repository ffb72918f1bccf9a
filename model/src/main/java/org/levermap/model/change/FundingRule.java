package org.levermap.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.levermap.model.ResourceFacts;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Lever;
import org.levermap.model.phrase.Phrase;

/**
 * Funding: a curated funder appearing is info and leaving is notable (the project loses money); a
 * funding account appearing in or leaving FUNDING.yml is info.
 */
final class FundingRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        List<Change> changes = new ArrayList<>();
        Set<String> was = step.was().holders().get(Lever.FUNDING);
        Set<String> is = step.is().holders().get(Lever.FUNDING);
        for (String funder : is) {
            if (!was.contains(funder)) {
                changes.add(step.actorChange(ChangeKind.FUNDING, Severity.INFO, funder, null, funder,
                        Phrase.of(ChangeText.FUNDER_ADDED).actor("funder", funder), List.of()));
            }
        }
        for (String funder : was) {
            if (!is.contains(funder)) {
                changes.add(step.actorChange(ChangeKind.FUNDING, Severity.NOTABLE, funder, funder, null,
                        Phrase.of(ChangeText.FUNDER_REMOVED).actor("funder", funder), List.of()));
            }
        }
        Set<String> before = accounts(step.before());
        Set<String> after = accounts(step.after());
        if (before != null && after != null) {
            after.stream().filter(a -> !before.contains(a)).forEach(a -> changes.add(step.change(ChangeKind.FUNDING,
                    Severity.INFO, a, null, a, Phrase.of(ChangeText.FUNDING_LINK_ADDED).text("account", a), List.of())));
            before.stream().filter(a -> !after.contains(a)).forEach(a -> changes.add(step.change(ChangeKind.FUNDING,
                    Severity.INFO, a, a, null, Phrase.of(ChangeText.FUNDING_LINK_REMOVED).text("account", a), List.of())));
        }
        return changes;
    }

    /** FUNDING.yml accounts as {@code platform:account}; null when resources were not observed. */
    private static Set<String> accounts(Snapshot s) {
        if (s.resources() == null) {
            return null;
        }
        Set<String> accounts = new TreeSet<>();
        for (ResourceFacts.FundingLink link : s.resources().funding()) {
            if (link != null) {
                accounts.add(link.platform() + ":" + link.account());
            }
        }
        return accounts;
    }
}
