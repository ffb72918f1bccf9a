package org.levermap.model.assess;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.levermap.model.Actor;
import org.levermap.model.ContributionFacts;
import org.levermap.model.phrase.Phrase;

/**
 * Whether the organisation owning the repository also does most of the work, read from who owns the
 * code and who lands it: every CODEOWNERS team is one of its teams ({@code @hashicorp/…} in
 * {@code github.com/hashicorp}); most named maintainers are its people; most merge commits come from
 * its mail domains; or most commits do. Each reading returns the clause that says so, with its figures.
 */
final class OwnerWork {

    private OwnerWork() {
    }

    /** Why {@code owner} does most of the work, when one reading shows it. */
    static Optional<Phrase> of(Facts facts, String owner) {
        List<ContributionFacts.Maintainer> teams = facts.teams();
        if (!teams.isEmpty() && facts.ownerTeams().size() == teams.size()) {
            return Optional.of(Phrase.of(PhraseKey.WORK_OWNER_TEAMS).count("teams", teams.size())
                    .text("account", facts.repositoryAccount().orElseThrow()));
        }
        ContributionFacts c = facts.contribution();
        if (c != null) {
            List<ContributionFacts.Maintainer> matched = c.maintainers().stream()
                    .filter(m -> m != null && m.actor() != null).toList();
            long ours = matched.stream().filter(m -> owner.equals(facts.actors.group(m.actor(), facts.date))).count();
            if (!matched.isEmpty() && ours * 2 > matched.size()) {
                return Optional.of(Phrase.of(PhraseKey.WORK_MAINTAINERS).count("ours", ours)
                        .count("matched", matched.size()).actor("owner", owner));
            }
            int merges = c.mergers().stream().filter(m -> m != null && m.merges() != null).mapToInt(m -> m.merges()).sum();
            int oursMerges = c.mergers().stream().filter(m -> m != null && m.merges() != null
                    && owner.equals(domainGroup(facts, m.identity()))).mapToInt(m -> m.merges()).sum();
            if (merges > 0 && oursMerges * 2 > merges) {
                return Optional.of(Phrase.of(PhraseKey.WORK_MERGES).actor("owner", owner).count("ours", oursMerges)
                        .count("merges", merges));
            }
        }
        return facts.topOrganisation()
                .filter(o -> o.actor() != null && o.share() > Facts.MAJORITY
                        && owner.equals(facts.actors.group(o.actor(), facts.date)))
                .map(o -> Phrase.of(PhraseKey.WORK_COMMITS).actor("owner", owner).share("share", o.share()));
    }

    /** The group whose actor lists the address's mail domain, or null. */
    private static String domainGroup(Facts facts, String identity) {
        int at = identity == null ? -1 : identity.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String domain = identity.substring(at + 1).toLowerCase(Locale.ROOT);
        return facts.actors.all().stream()
                .filter(a -> a.emailDomains().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain)))
                .map(Actor::id).sorted().findFirst().map(a -> facts.actors.group(a, facts.date)).orElse(null);
    }
}
