package org.levermap.collect.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levermap.collect.git.History;
import org.levermap.collect.git.Mailmap;
import org.levermap.model.ContributionFacts;

/**
 * Who merges: the committers of the merge commits on the first-parent line in the window. GitHub
 * records its own web-flow identity ({@code noreply@github.com}) as the committer of merges made in
 * its web interface, and the person who merged as the author, so for those the author counts.
 */
public final class Mergers {

    /** GitHub's committer for merges made on github.com. */
    static final String WEB_FLOW = "noreply@github.com";

    private Mergers() {
    }

    /** The mergers of the window ending on {@code date}, most merges first. */
    public static List<ContributionFacts.Merger> of(History history, int position, LocalDate date, IdentityResolver identities) {
        long from = ContributorWindow.start(date);
        long to = ContributorWindow.end(date);
        Map<String, int[]> counts = new HashMap<>();
        // The line is read newest first, as ShownNames counts.
        ShownNames names = new ShownNames();
        for (int p = position; p >= 0; p--) {
            int c = history.onLine(p);
            long t = history.time(c);
            if (!history.isMerge(c) || t >= to) {
                continue;
            }
            if (t < from) {
                // The line is in date order but for clock skew; the window is read whole.
                continue;
            }
            Mailmap.Ident committer = history.committer(c);
            Identity id = identities.resolve(committer);
            if (id.key().equals(WEB_FLOW)) {
                id = identities.resolve(history.author(c));
            }
            counts.computeIfAbsent(id.key(), k -> new int[1])[0]++;
            names.count(id);
        }
        Map<String, String> shown = names.shown();
        List<ContributionFacts.Merger> mergers = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .forEach(e -> mergers.add(new ContributionFacts.Merger(e.getKey(), shown.get(e.getKey()), e.getValue()[0])));
        return mergers;
    }
}
