package org.levermap.collect.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code .github/FUNDING.yml}: each platform key GitHub accepts, with its account or
 * accounts (a key may hold one value or a list). Keys GitHub does not know are left out, as GitHub
 * ignores them.
 */
public final class FundingParser {

    /** The keys of GitHub's FUNDING.yml. */
    static final Set<String> PLATFORMS = Set.of("github", "patreon", "open_collective", "ko_fi", "tidelift",
            "community_bridge", "liberapay", "issuehunt", "lfx_crowdfunding", "otechie", "polar", "buy_me_a_coffee",
            "thanks_dev", "custom");

    static final int MAX_ACCOUNT = 300;

    private FundingParser() {
    }

    /**
     * One account.
     *
     * @param platform the key
     * @param account the account name or URL
     * @param line 1-based line
     */
    public record Link(String platform, String account, int line) {
    }

    /** The accounts of a FUNDING.yml, in file order. */
    public static List<Link> parse(String text) {
        List<Link> links = new ArrayList<>();
        for (YamlScalars.Scalar s : YamlScalars.read(text)) {
            // A value longer than any account or URL is not one (the file is untrusted input).
            if (s.keys().size() != 1 || !PLATFORMS.contains(s.key()) || s.value() == null || s.value().isBlank()
                    || s.value().length() > MAX_ACCOUNT) {
                continue;
            }
            links.add(new Link(s.key(), s.value().strip(), s.line()));
        }
        return links;
    }
}
