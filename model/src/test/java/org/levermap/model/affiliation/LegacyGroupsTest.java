package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Concentration;
import org.levermap.model.assess.Concentrations;

/** Snapshots written before identities were stored: top authors and the collector's domain groups. */
class LegacyGroupsTest {

    private final Affiliations affiliations = new Affiliations(People.DIRECTORY);
    private final LocalDate date = LocalDate.parse("2024-10-18");

    private static Concentration legacy(LocalDate to, int commits, int authors, int elephant,
            List<Concentration.Contributor> top, List<Concentration.Organisation> organisations) {
        return new Concentration(to.minusDays(364), to, commits, authors, 0, 0, 2, elephant, top, organisations);
    }

    private static Concentration.Organisation group(String name, String actor, int commits, int authors) {
        return new Concentration.Organisation(name, actor, commits, authors, commits / 100.0);
    }

    @Test
    void oneAuthorDomainsAreIndividualsAndAnActorsDomainsMerge() {
        // Redis's case: redis-ltd (redis.com) and redislabs.com apart; OpenTofu's one-person domain on top.
        Concentration c = affiliations.judge(legacy(date, 100, 20, 2,
                List.of(new Concentration.Contributor("j@degeneration.co.uk", "J", null, "degeneration.co.uk", 30, 0.3)),
                List.of(group("degeneration.co.uk", null, 30, 1), group("individuals", null, 40, 14),
                        group("redis-ltd", "redis-ltd", 15, 3), group("redislabs.com", null, 10, 2),
                        group("pobox.com", null, 5, 3))), date);
        assertEquals(List.of(new Concentration.Organisation("individuals", null, 75, 18, 0.75),
                new Concentration.Organisation("redis-ltd", "redis-ltd", 25, 5, 0.25)), c.organisations());
        assertEquals(new Concentration.Contributor("j@degeneration.co.uk", "J", null, "individuals", 30, 0.3),
                c.topAuthors().get(0));
    }

    @Test
    void aTopAuthorWithAnAffiliationMovesWithTheirCommitsFromTheirGroup() {
        // Terraform's case: HashiCorp staff on personal addresses counted as individuals.
        Concentration c = affiliations.judge(legacy(date, 100, 10, 3,
                List.of(new Concentration.Contributor("daniel@gmail.com", "Daniel Example", null, "individuals", 40, 0.4),
                        new Concentration.Contributor("x@hashicorp.com", "X", null, "hashicorp", 20, 0.2),
                        new Concentration.Contributor("a@gmail.com", "A", null, "individuals", 15, 0.15)),
                List.of(group("individuals", null, 70, 8), group("hashicorp", "hashicorp", 30, 2))), date);
        assertEquals(List.of(new Concentration.Organisation("hashicorp", "hashicorp", 70, 3, 0.7),
                new Concentration.Organisation("individuals", null, 30, 7, 0.3)), c.organisations());
        assertEquals("hashicorp", c.topAuthors().get(0).organisation());
        assertEquals("daniel", c.topAuthors().get(0).actor());
        assertEquals(1, c.elephantFactor());
    }

    @Test
    void unlistedIndividualsCountAtMostAsLargeAsTheSmallestListedAuthor() {
        // 100 commits: one listed individual with 20; 80 more among 10 unlisted people of at most 20 each.
        Concentration c = affiliations.judge(legacy(date, 100, 11, 0,
                List.of(new Concentration.Contributor("a@gmail.com", "A", null, "individuals", 20, 0.2)),
                List.of(group("individuals", null, 100, 11))), date);
        assertEquals(3, c.elephantFactor(), "20 + 20 + 20 reach half: the fewest it can be");
        assertTrue(Concentrations.topOrganisation(c).isEmpty());
    }

    @Test
    void aSnapshotWithoutConcentrationDetailIsLeftAsItIs() {
        Concentration bare = legacy(date, 0, 0, 0, List.of(), List.of());
        assertEquals(bare, affiliations.judge(bare, date));
    }
}
