package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.project;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.AccountKind;
import org.levermap.model.Project;
import org.levermap.model.testing.Samples;

class FactsTest {

    private static final Project MOVED = Samples.at(project("p"), "https://github.com/old-home/widget", null);

    @Test
    void theCollectedForgeOwnerWinsOverTheAddress() {
        Facts f = Judge.facts(MOVED, CollectedLeversTest.owned("acme", AccountKind.ORGANIZATION));
        assertEquals(Optional.of("acme"), f.repositoryAccount(), "the address still names the owner before a transfer");
        assertEquals(Optional.of("acme"), f.repositoryOwner());
    }

    @Test
    void withoutCollectedDataTheAddressNamesTheOwner() {
        assertEquals(Optional.of("old-home"), Judge.facts(MOVED).repositoryAccount());
        assertEquals(Optional.of("old-home"), Judge.facts(MOVED, Samples.snapshot("p", "2026-11-27").build())
                .repositoryAccount());
    }
}
