package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersFileParserTest {

    @Test
    void kubernetesOwnersListApproversAndReviewers() {
        assertEquals(List.of(new MaintainersParser.Person("alice", null, "alice", "approvers", 3),
                        new MaintainersParser.Person("bob", null, "bob", "reviewers", 5),
                        new MaintainersParser.Person("carol", null, "carol", "emeritus approvers", 7)),
                OwnersFileParser.parse("# See the OWNERS docs\napprovers:\n  - alice\nreviewers:\n  - bob\n"
                        + "emeritus_approvers:\n  - carol\nlabels:\n  - sig/x\n"));
    }

    @Test
    void aPlainListIsReadAsMaintainers() {
        assertEquals("Jane Doe", OwnersFileParser.parse("Jane Doe <jane@example.org>\n").get(0).name());
    }
}
