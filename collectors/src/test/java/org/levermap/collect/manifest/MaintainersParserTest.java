package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainersParserTest {

    @Test
    void listsTablesAndPlainLinesUnderTheirHeadings() {
        List<MaintainersParser.Person> people = MaintainersParser.parse("""
                # Maintainers

                The maintainers review and merge pull requests.

                - Jane Doe <jane@example.org> (@jdoe)
                * [John Roe](https://github.com/jroe), Acme Corp
                - @solo

                ## Emeritus maintainers

                | Name | GitHub | Affiliation |
                |------|--------|-------------|
                | Old Timer | oldtimer | Retired Inc. |

                Bob Plain <bob@example.net>
                """);
        assertEquals(List.of(
                new MaintainersParser.Person("Jane Doe", "jane@example.org", "jdoe", "maintainers", 5),
                new MaintainersParser.Person("John Roe", null, "jroe", "maintainers", 6),
                new MaintainersParser.Person("@solo", null, "solo", "maintainers", 7),
                new MaintainersParser.Person("Old Timer", null, "oldtimer", "emeritus maintainers", 13),
                new MaintainersParser.Person("Bob Plain", "bob@example.net", null, "emeritus maintainers", 15)), people);
    }

    @Test
    void proseInAListNamesNoOne() {
        assertEquals(List.of(), MaintainersParser.parse("# Maintainers\n\n- review pull requests within a week.\n"
                + "- Triage issues and label them for the team\n"));
    }

    @Test
    void theLinuxKernelFormat() {
        List<MaintainersParser.Person> people = MaintainersParser.parse("""
                NETWORKING DRIVERS
                M:\tJane Doe <jane@kernel.org>
                R:\tJohn Roe <john@kernel.org>
                L:\tnetdev@vger.kernel.org
                """);
        assertEquals(List.of(new MaintainersParser.Person("Jane Doe", "jane@kernel.org", null, "maintainers", 2),
                new MaintainersParser.Person("John Roe", "john@kernel.org", null, "reviewers", 3)), people);
    }

    @Test
    void aGovernanceFileIsReadOnlyInSectionsAboutPeople() {
        List<MaintainersParser.Person> people = MaintainersParser.parseGovernance("""
                # Governance

                - Decisions are made by lazy consensus
                - Jane Doe <jane@example.org>

                ## Technical Steering Committee

                | Member | Organization |
                |---|---|
                | Jane Doe | Acme |
                | John Roe | Globex |
                """);
        assertEquals(List.of(new MaintainersParser.Person("Jane Doe", null, null, "technical steering committee", 10),
                new MaintainersParser.Person("John Roe", null, null, "technical steering committee", 11)), people);
    }

    @Test
    void linkUrlsWithParenthesesAreReadWhole() {
        List<MaintainersParser.Person> people = MaintainersParser.parse("""
                # Maintainers

                - [Joe Bloggs](https://en.wikipedia.org/wiki/Joe_(developer)) (@joeb)
                - [Ann Smith](<https://example.org/a)b> "her page"), Acme
                - [Kim Lee](https://github.com/kimlee "GitHub")
                """);
        assertEquals(List.of(
                new MaintainersParser.Person("Joe Bloggs", null, "joeb", "maintainers", 3),
                new MaintainersParser.Person("Ann Smith", null, null, "maintainers", 4),
                new MaintainersParser.Person("Kim Lee", null, "kimlee", "maintainers", 5)), people);
    }
}
