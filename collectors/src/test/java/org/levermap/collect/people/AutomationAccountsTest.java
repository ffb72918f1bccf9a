package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.collect.testing.TestRepo.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;
import org.levermap.collect.git.HistoryWalker;
import org.levermap.collect.git.Mailmap;
import org.levermap.collect.testing.TestRepo;
import org.levermap.model.Actor;
import org.levermap.model.ActorKind;
import org.levermap.model.Concentration;

/**
 * A history where automation accounts without a {@code [bot]} marker out-commit the one person:
 * Scala Steward and Hosted Weblate from the list, and a release robot the data repository marks as
 * an actor of kind bot. None of them becomes a top author.
 */
class AutomationAccountsTest {

    @TempDir
    Path tmp;

    @Test
    void listedAccountsAndBotActorsAreCountedApart() throws Exception {
        TestRepo.Person jane = new TestRepo.Person("Jane", "jane@example.org");
        TestRepo.Person steward = new TestRepo.Person("Scala Steward", "me@scala-steward.org");
        TestRepo.Person weblate = new TestRepo.Person("Hosted Weblate", "hosted@weblate.org");
        TestRepo.Person robot = new TestRepo.Person("Release Robot", "releases@example.org");
        History history;
        try (TestRepo repo = TestRepo.init(tmp.resolve("r.git"))) {
            TestRepo.Branch main = repo.branch("main");
            main.write("a", "1").commit("work", at("2024-01-02"), jane);
            for (int i = 0; i < 3; i++) {
                main.write("deps", "" + i).commit("Update sbt", at("2024-02-0" + (i + 1)), steward);
                main.write("po", "" + i).commit("Translated using Weblate", at("2024-03-0" + (i + 1)), weblate);
                main.write("version", "" + i).commit("Release", at("2024-04-0" + (i + 1)), robot);
            }
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                history = HistoryWalker.walk(reader, main.tip(), n -> { });
            }
        }
        Actor releaseRobot = new Actor("release-robot", "Release Robot", ActorKind.BOT, List.of("releases@example.org"),
                List.of(), List.of(), null, null);
        LocalDate date = LocalDate.of(2024, 6, 30);
        IdentityResolver ids = new IdentityResolver(Mailmap.EMPTY, BotActors.of(List.of(releaseRobot)));
        Concentration c = ContributorWindow.of(history, history.positionAt(ContributorWindow.end(date) - 1), date, ids);
        assertEquals(1, c.commits());
        assertEquals(1, c.authors());
        assertEquals(9, c.botCommits());
        assertEquals(3, c.botAuthors());
        List<Concentration.Identity> people = c.identities().stream().filter(i -> !i.automated()).toList();
        assertEquals(List.of(new Concentration.Identity("jane@example.org", "Jane", 1, null)), people,
                "the one person is the only author that can be a top author");
        assertEquals(4, c.identities().size());
    }
}
