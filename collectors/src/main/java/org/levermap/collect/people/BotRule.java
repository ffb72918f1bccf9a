package org.levermap.collect.people;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells bots from people: a {@code [bot]} suffix (GitHub Apps), or the name or e-mail user of a
 * well-known automation account (dependabot, renovate, github-actions, pre-commit-ci…).
 */
public final class BotRule {

    private static final Set<String> KNOWN = Set.of("dependabot", "dependabot-preview", "renovate", "renovate-bot",
            "renovatebot", "github-actions", "greenkeeper", "greenkeeperio-bot", "snyk-bot", "mergify", "pre-commit-ci",
            "imgbot", "imgbotapp", "allcontributors", "all-contributors", "codecov", "codecov-io", "k8s-ci-robot",
            "k8s-merge-robot", "semantic-release-bot", "copybara-service", "pyup-bot", "whitesource-bolt",
            "deepsource-autofix", "web-flow", "bors", "bors-ng", "homu",
            "gitter-badger", "transifex-integration", "weblate", "crowdin-bot");
    private static final Pattern SUFFIX = Pattern.compile("(?i).*(\\[bot\\]|-bot|_bot|\\bbot)$");

    private BotRule() {
    }

    /** Whether the author or committer with this name and e-mail is a bot. */
    public static boolean isBot(String name, String email) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (n.contains("[bot]") || e.contains("[bot]")) {
            return true;
        }
        String user = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
        // 12345+dependabot[bot]@users.noreply.github.com, 49699333+dependabot@users.noreply.github.com
        String login = user.contains("+") ? user.substring(user.indexOf('+') + 1) : user;
        return KNOWN.contains(n) || KNOWN.contains(login) || SUFFIX.matcher(n).matches() || SUFFIX.matcher(login).matches();
    }
}
