package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeOwnersParserTest {

    @Test
    void ownersTeamsAndEmailsWithTheirFirstLineAndPatternCount() {
        CodeOwnersParser.Result r = CodeOwnersParser.parse("""
                # Lines starting with '#' are comments.
                *                   @global-owner1 @Org/Team-A
                *.js    @js-owner  # inline comment @not-an-owner
                /docs/  docs@example.com @global-owner1
                /path\\ with\\ spaces/ @space-owner

                [Section]
                /build/ not-an-owner
                /empty/
                """);
        assertEquals(6, r.patterns(), "a rule without owners is a pattern too");
        assertEquals(List.of(
                new CodeOwnersParser.Owner("@global-owner1", null, false, 2, 2),
                new CodeOwnersParser.Owner("@Org/Team-A", null, true, 2, 1),
                new CodeOwnersParser.Owner("@js-owner", null, false, 3, 1),
                new CodeOwnersParser.Owner("docs@example.com", "docs@example.com", false, 4, 1),
                new CodeOwnersParser.Owner("@space-owner", null, false, 5, 1)), r.owners());
    }
}
