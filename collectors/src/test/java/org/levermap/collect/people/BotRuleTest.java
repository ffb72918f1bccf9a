package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotRuleTest {

    @Test
    void botsByMarkerKnownAccountOrName() {
        assertTrue(BotRule.isBot("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"));
        assertTrue(BotRule.isBot("Renovate Bot", "bot@renovateapp.com"));
        assertTrue(BotRule.isBot("renovate", "29139614+renovate@users.noreply.github.com"));
        assertTrue(BotRule.isBot("github-actions", "github-actions@github.com"));
        assertTrue(BotRule.isBot("CI", "release-bot@example.com"));
    }

    @Test
    void accountsWithoutABotMarker() {
        assertTrue(BotRule.isBot("Scala Steward", "me@scala-steward.org"));
        assertTrue(BotRule.isBot("Scala Steward", "43047562+scala-steward@users.noreply.github.com"));
        assertTrue(BotRule.isBot("Hosted Weblate", "hosted@weblate.org"));
        assertTrue(BotRule.isBot("Weblate", "noreply@weblate.org"));
        assertTrue(BotRule.isBot("Crowdin Bot", "support+bot@crowdin.com"));
        assertTrue(BotRule.isBot("pre-commit-ci", "66853113+pre-commit-ci@users.noreply.github.com"));
        assertTrue(BotRule.isBot("mergify", "37929162+mergify@users.noreply.github.com"));
        assertTrue(BotRule.isBot("allcontributors", "46447321+allcontributors@users.noreply.github.com"));
        assertTrue(BotRule.isBot("Transifex Bot", "tx@example.org"));
        assertTrue(BotRule.isBot("Snyk bot", "snyk-bot@snyk.io"));
        assertTrue(BotRule.isBot("PyTorch MergeBot", "pytorchmergebot@users.noreply.github.com"));
    }

    /** Every account of the list, as a commit would name it: as the author name, and as a no-reply login. */
    @Test
    void everyListedAccountIsABot() throws Exception {
        List<String> accounts = new ArrayList<>();
        try (InputStream in = BotRule.class.getResourceAsStream("automation-accounts.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    accounts.add(t.substring(0, t.lastIndexOf(' ')).strip());
                }
            }
        }
        assertTrue(accounts.size() >= 40, accounts.toString());
        for (String account : accounts) {
            if (account.startsWith("email:")) {
                assertTrue(BotRule.isBot("Someone", account.substring(6)), account);
            } else {
                assertTrue(BotRule.isBot(account, "x@example.org"), account);
                assertTrue(BotRule.isBot("X", "123+" + account.replace(' ', '-') + "@users.noreply.github.com")
                        || account.contains(" "), account);
            }
        }
    }

    @Test
    void everyEntryNeedsItsSource() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BotRule.parse(new BufferedReader(new StringReader("# list\nsome-robot\n"))));
        assertEquals("automation-accounts.txt:2: no https:// source for 'some-robot'", e.getMessage());
    }

    @Test
    void peopleAreNotBots() {
        assertFalse(BotRule.isBot("Abbot Costello", "abbot@example.com"));
        assertFalse(BotRule.isBot("Jane Doe", "jane.bottom@example.com"));
        assertFalse(BotRule.isBot("Robot Framework Fan", "rff@example.com"));
        assertFalse(BotRule.isBot("Jane Doe", "jane@weblate.org"), "a person at Weblate is no bot");
    }
}
