package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void peopleAreNotBots() {
        assertFalse(BotRule.isBot("Abbot Costello", "abbot@example.com"));
        assertFalse(BotRule.isBot("Jane Doe", "jane.bottom@example.com"));
        assertFalse(BotRule.isBot("Robot Framework Fan", "rff@example.com"));
    }
}
