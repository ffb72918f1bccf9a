package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;

class LicensorTest {

    @Test
    void theOpeningCopyrightLinesNameTheLicensorAndAnAppendedNoticeDoesNot() {
        // A LICENSE naming Acme, with a bundled library's notice (Globex) appended 200 lines later.
        var s = snapshot("p", "2024-01-31").copyright("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE)
                .copyrightLine("Acme Inc.", "acme", 3).copyrightLine("Acme Labs", "acme-labs", 4)
                .copyrightLine("Globex Inc.", "globex", 210).build();
        Facts facts = Judge.facts(project("p"), s);
        assertEquals(List.of("Acme Inc.", "Acme Labs"),
                Licensor.ownHolders(facts).stream().map(LicenseFacts.CopyrightHolder::name).toList());
        assertEquals(Optional.of("acme"), Licensor.of(facts), "a subsidiary's line counts as its parent's");
    }

    @Test
    void aLineNamingNoKnownActorLeavesTheLicensorUnknown() {
        var s = snapshot("p", "2024-01-31").copyright("MIT", LicenseFamily.PERMISSIVE)
                .copyrightLine("The Authors", null, 1).copyrightLine("Acme Inc.", "acme", 2).build();
        assertEquals(Optional.empty(), Licensor.of(Judge.facts(project("p"), s)));
        assertEquals(Optional.empty(), Licensor.of(Judge.facts(project("p"))));
    }

    @Test
    void aNoticeDeepInTheFileIsAppendedEvenWhenItIsTheOnlyLine() {
        // Apache terms with a bundled library's notice after them, and no line of the project's own.
        var s = snapshot("p", "2024-01-31").copyright("Apache-2.0", LicenseFamily.PERMISSIVE)
                .copyrightLine("Copyright 2016 Lightbend Inc. [http://lightbend.example]", "globex", 203).build();
        assertEquals(List.of(), Licensor.ownHolders(Judge.facts(project("p"), s)));
    }
}
