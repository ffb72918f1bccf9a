package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;
import org.levermap.collect.git.Mailmap;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;

class ContributorWindowTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowCountsNonMergeCommitsByAuthorWithBotsApart() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate date = LocalDate.parse("2024-06-30");
        Actor acme = new Actor("acme", "Acme", ActorKind.COMPANY, List.of(), List.of("acme.com"), List.of(), null, null);
        IdentityResolver ids = new IdentityResolver(Mailmap.EMPTY, new ActorDirectory(List.of(acme)), date);

        Concentration c = ContributorWindow.of(h, h.positionAt(ContributorWindow.end(date) - 1), date, ids);

        assertEquals(LocalDate.parse("2023-07-02"), c.from());
        assertEquals(date, c.to());
        assertEquals(5, c.commits());
        assertEquals(3, c.authors());
        assertEquals(1, c.botCommits());
        assertEquals(1, c.botAuthors());
        assertEquals(1, c.busFactor(), "A has 3 of 5");
        assertEquals(1, c.elephantFactor());
        assertEquals(List.of(new Concentration.Contributor("a@acme.com", "A", null, "acme", 3, 0.6),
                new Concentration.Contributor("b@gmail.com", "B", null, "individuals", 1, 0.2),
                new Concentration.Contributor("c@globex.com", "C", null, "globex.com", 1, 0.2)), c.topAuthors());
        assertEquals(List.of(new Concentration.Organisation("acme", "acme", 3, 1, 0.6),
                new Concentration.Organisation("globex.com", null, 1, 1, 0.2),
                new Concentration.Organisation("individuals", null, 1, 1, 0.2)), c.organisations());
    }

    @Test
    void busAndElephantFactorsAreTheFewestReachingHalf() {
        assertEquals(2, ContributorWindow.fewestReachingHalf(List.of(30, 25, 25, 20), 100));
        assertEquals(1, ContributorWindow.fewestReachingHalf(List.of(50, 50), 100));
        assertEquals(3, ContributorWindow.fewestReachingHalf(List.of(1, 1, 1, 1, 1), 5));
        assertEquals(0, ContributorWindow.fewestReachingHalf(List.of(), 0));
    }

    @Test
    void individualsAreEachAnOrganisationOfOneForTheElephantFactor() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate date = LocalDate.parse("2024-06-30");
        IdentityResolver ids = new IdentityResolver(Mailmap.parse("A <a@gmail.com> <a@acme.com>\n"),
                new ActorDirectory(List.of()), date);
        Concentration c = ContributorWindow.of(h, h.positionAt(ContributorWindow.end(date) - 1), date, ids);
        // a@gmail.com (3) and b@gmail.com (1) are both individuals: A alone reaches half.
        assertEquals(1, c.elephantFactor());
        assertEquals(new Concentration.Organisation("individuals", null, 4, 2, 0.8), c.organisations().get(0));
    }
}
