package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.affiliation.People.id;
import static org.levermap.model.affiliation.People.window;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levermap.model.Concentration;

class TallyTest {

    private static final LocalDate JUNE = LocalDate.parse("2024-06-30");
    private static final Attribution INDIVIDUAL = Attribution.individual(Attribution.Basis.MAIL_SERVICE);

    private static Concentration raw(int busFactor, Concentration.Identity... identities) {
        Concentration w = window(JUNE, identities);
        return new Concentration(w.from(), w.to(), w.commits(), w.authors(), w.botCommits(), w.botAuthors(), busFactor,
                null, null, null, w.identities());
    }

    @Test
    void aPersonsAddressesAreOneAuthor() {
        // Terraform's year to 2026-08-21: Sarah French commits from two addresses (161 and 87 commits).
        Concentration raw = raw(4, id("d@x.org", "Daniel", 209), id("j@x.org", "James", 176),
                id("1+sarah@users.noreply.github.com", "Sarah", 161), id("b@x.org", "Banck", 115),
                id("sarah@hashicorp.com", "Sarah", 87), id("o1@x.org", "O1", 81), id("o2@x.org", "O2", 81),
                id("o3@x.org", "O3", 81), id("o4@x.org", "O4", 81), id("o5@x.org", "O5", 81));
        Tally tally = new Tally();
        for (Concentration.Identity i : raw.identities()) {
            String person = i.identity().contains("sarah") ? "sarah" : null;
            tally.author(new Tally.Author(i.identity(), i.name(), person, INDIVIDUAL, i.commits()));
        }
        Concentration judged = tally.judge(raw);

        assertEquals(9, judged.authors(), "ten addresses, nine people");
        assertEquals(new Concentration.Contributor("1+sarah@users.noreply.github.com", "Sarah", "sarah", "individuals",
                248, 0.2151), judged.topAuthors().get(0));
        assertEquals(3, judged.busFactor(), "248 + 209 + 176 of 1,153 reach half; it took four identities");
        assertEquals(3, judged.elephantFactor());
    }

    @Test
    void aPersonsCommitsForAnOrganisationAreNotCountedTwiceInTheElephantFactor() {
        Concentration raw = raw(2, id("p@home.example", "P", 60), id("p@corp.example", "P", 40), id("q@x.org", "Q", 50),
                id("r@x.org", "R", 50));
        Tally tally = new Tally();
        for (Concentration.Identity i : raw.identities()) {
            boolean corp = i.identity().endsWith("corp.example");
            tally.author(new Tally.Author(i.identity(), i.name(), i.identity().startsWith("p@") ? "p" : null,
                    corp ? Attribution.ofActor("corp", Attribution.Basis.CLAIMED_DOMAIN) : INDIVIDUAL, i.commits()));
        }
        Concentration judged = tally.judge(raw);

        // Elephants: P alone 60, Q 50, R 50, corp 40 (P's other address): 60 + 50 of 200 reach half; P counted
        // whole as an individual as well would have made it 1.
        assertEquals(2, judged.elephantFactor());
        assertEquals(1, judged.busFactor(), "P's 100 of 200 reach half");
        assertEquals(3, judged.authors());
    }

    @Test
    void withoutAPersonOfSeveralAddressesTheCollectedFiguresStand() {
        Concentration raw = raw(2, id("a@x.org", "A", 10), id("b@x.org", "B", 10), id("c@x.org", "C", 10));
        Tally tally = new Tally();
        for (Concentration.Identity i : raw.identities()) {
            tally.author(new Tally.Author(i.identity(), i.name(), null, INDIVIDUAL, i.commits()));
        }
        Concentration judged = tally.judge(raw);

        assertEquals(2, judged.busFactor());
        assertEquals(3, judged.authors());
    }

    @Test
    void oneNameOnSeveralAddressesIsOneAuthorWithoutAnActor() {
        // Terraform's year to 2021-05-31: James Bardin commits from two addresses (489 and 10 commits).
        Concentration raw = raw(3, id("jbardin@hashicorp.com", "James Bardin", 489), id("a@x.org", "Alisdair", 251),
                id("p@x.org", "Pam", 121), id("o1@x.org", "O1", 100), id("o2@x.org", "O2", 100),
                id("j.bardin@gmail.com", "james bardin", 10));
        Tally tally = new Tally();
        for (Concentration.Identity i : raw.identities()) {
            tally.author(new Tally.Author(i.identity(), i.name(), null, INDIVIDUAL, i.commits()));
        }
        Concentration judged = tally.judge(raw);

        assertEquals(5, judged.authors(), "six addresses, five people");
        assertEquals(new Concentration.Contributor("jbardin@hashicorp.com", "James Bardin", null, "individuals", 499,
                0.4659), judged.topAuthors().get(0));
        assertEquals(6 - 1, judged.topAuthors().size());
        assertEquals(2, judged.busFactor(), "499 + 251 of 1,071 reach half");
        assertEquals(2, judged.elephantFactor(), "one individual of 499 commits, not two");
    }

    @Test
    void anAddressBearingAPersonActorsNameIsThatPerson() {
        Concentration raw = raw(2, id("madelyneolson@gmail.com", "Madelyn Olson", 33), id("s@x.org", "Shivshankar", 32),
                id("34459052+madolson@users.noreply.github.com", "Madelyn Olson", 14), id("b@x.org", "Binbin", 30));
        Tally tally = new Tally();
        for (Concentration.Identity i : raw.identities()) {
            String person = i.identity().startsWith("34459052") ? "madelyn" : null;
            tally.author(new Tally.Author(i.identity(), i.name(), person, INDIVIDUAL, i.commits()));
        }
        Concentration judged = tally.judge(raw);

        assertEquals(new Concentration.Contributor("madelyneolson@gmail.com", "Madelyn Olson", "madelyn", "individuals",
                47, 0.4312), judged.topAuthors().get(0), "the largest address shown, the actor of the other");
        assertEquals(3, judged.authors());
    }
}
