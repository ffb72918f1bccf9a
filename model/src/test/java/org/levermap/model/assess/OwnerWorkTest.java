package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.Project;
import org.levermap.model.phrase.Phrase;
import org.levermap.model.testing.Phrases;

class OwnerWorkTest {

    private final Project p = at(project("p"), "https://github.com/acme/p", null);

    @Test
    void everyCodeownersTeamBeingTheOwnersShowsItsWork() {
        var s = snapshot("p", "2024-01-31").maintainers("@acme/core", "@acme/web", "alice").build();
        assertEquals(Optional.of(Phrase.of(PhraseKey.WORK_OWNER_TEAMS).count("teams", 2).text("account", "acme")),
                OwnerWork.of(Judge.facts(p, s), "acme"));
    }

    @Test
    void mostCommitsShowItsWork() {
        var s = snapshot("p", "2024-01-31").concentration(3, "acme", "acme", 0.6, "individuals", null, 0.4).build();
        var work = OwnerWork.of(Judge.facts(p, s), "acme").orElseThrow();
        assertEquals(PhraseKey.WORK_COMMITS, work.key());
        assertEquals(0.6, Phrases.arg(work, "share"));
    }

    @Test
    void anotherOrganisationsTeamOrAMinorityShowsNothing() {
        var s = snapshot("p", "2024-01-31").maintainers("@acme/core", "@globex/web")
                .concentration(3, "acme", "acme", 0.4, "individuals", null, 0.6).build();
        assertEquals(Optional.empty(), OwnerWork.of(Judge.facts(p, s), "acme"));
    }
}
