package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundingParserTest {

    @Test
    void everyAcceptedKeyWithOneValueOrAList() {
        List<FundingParser.Link> links = FundingParser.parse("""
                # These are supported funding model platforms
                github: [octocat, surftocat]
                patreon: octocat
                open_collective: # Replace with a single Open Collective username
                ko_fi: octocat
                tidelift: npm/octo-package
                custom:
                  - https://paypal.me/octocat
                  - "https://octocat.com/donate"
                polar: octo
                buy_me_a_coffee: octocat
                thanks_dev: u/gh/octocat
                something_else: ignored
                """);
        assertEquals(List.of(
                new FundingParser.Link("github", "octocat", 2),
                new FundingParser.Link("github", "surftocat", 2),
                new FundingParser.Link("patreon", "octocat", 3),
                new FundingParser.Link("ko_fi", "octocat", 5),
                new FundingParser.Link("tidelift", "npm/octo-package", 6),
                new FundingParser.Link("custom", "https://paypal.me/octocat", 8),
                new FundingParser.Link("custom", "https://octocat.com/donate", 9),
                new FundingParser.Link("polar", "octo", 10),
                new FundingParser.Link("buy_me_a_coffee", "octocat", 11),
                new FundingParser.Link("thanks_dev", "u/gh/octocat", 12)), links);
    }

    @Test
    void anInvalidFileGivesNothingAsOnGitHub() {
        assertEquals(List.of(), FundingParser.parse("github: a\npatreon: [b\n"));
        assertEquals(List.of(), FundingParser.parse("&a [*a, *a, *a]\n"));
    }
}
