package org.levermap.collect.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells bots from people: a {@code [bot]} suffix (GitHub Apps), a name or e-mail user ending in
 * {@code -bot}, or an automation account of the maintained list
 * ({@code automation-accounts.txt} beside this class, each account with a public source).
 */
public final class BotRule {

    /** The listed accounts: lower-case logins and names, and {@code email:} addresses. */
    private static final Set<String> KNOWN = load();
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
        return KNOWN.contains(n) || KNOWN.contains(login) || KNOWN.contains("email:" + e)
                || SUFFIX.matcher(n).matches() || SUFFIX.matcher(login).matches();
    }

    /** The listed accounts, each line checked to carry its source. */
    static Set<String> load() {
        try (InputStream in = BotRule.class.getResourceAsStream("automation-accounts.txt")) {
            if (in == null) {
                throw new IllegalStateException("automation-accounts.txt is missing from levermap's classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> parse(BufferedReader lines) throws IOException {
        Set<String> accounts = new HashSet<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            // The account may hold a space ("hosted weblate"); the source is the last word.
            int space = text.lastIndexOf(' ');
            String source = space < 0 ? "" : text.substring(space + 1);
            if (!source.startsWith("https://")) {
                throw new IllegalStateException("automation-accounts.txt:" + number + ": no https:// source for '"
                        + text + "'");
            }
            accounts.add(text.substring(0, space).strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(accounts);
    }
}
