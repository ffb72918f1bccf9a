package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;
import org.levermap.collect.git.Mailmap;
import org.levermap.model.Concentration;

class ContributorWindowTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowCountsNonMergeCommitsByIdentityWithBotsApart() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate date = LocalDate.parse("2024-06-30");

        Concentration c = ContributorWindow.of(h, h.positionAt(ContributorWindow.end(date) - 1), date,
                new IdentityResolver(Mailmap.EMPTY));

        assertEquals(LocalDate.parse("2023-07-02"), c.from());
        assertEquals(date, c.to());
        assertEquals(5, c.commits());
        assertEquals(3, c.authors());
        assertEquals(1, c.botCommits());
        assertEquals(1, c.botAuthors());
        assertEquals(1, c.busFactor(), "A has 3 of 5");
        assertEquals(List.of(new Concentration.Identity("a@acme.com", "A", 3, null),
                new Concentration.Identity("1+dependabot[bot]@users.noreply.github.com", "dependabot[bot]", 1, true),
                new Concentration.Identity("b@gmail.com", "B", 1, null),
                new Concentration.Identity("c@globex.com", "C", 1, null)), c.identities());
    }

    @Test
    void nothingIsJudgedAtCollection() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate date = LocalDate.parse("2024-06-30");
        Concentration c = ContributorWindow.of(h, h.positionAt(ContributorWindow.end(date) - 1), date,
                new IdentityResolver(Mailmap.parse("A <a@gmail.com> <a@acme.com>\n")));
        assertEquals("a@gmail.com", c.identities().get(0).identity(), ".mailmap applied");
        assertNull(c.elephantFactor());
        assertEquals(List.of(), c.organisations());
        assertEquals(List.of(), c.topAuthors());
    }
}
