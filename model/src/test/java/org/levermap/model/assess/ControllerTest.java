package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.at;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.levermap.model.Project;

class ControllerTest {

    @Test
    void theNameComesFirstThenTheEntityThenTheRepositoryThenTheAdmins() {
        String repo = "https://github.com/acme/p";
        assertEquals(Optional.of("openfound"), Controller.of(Judge.facts(at(project("p", Lever.BRAND, held("openfound"),
                Lever.LEGAL_ENTITY, held("nonprof")), repo, null))));
        assertEquals(Optional.of("nonprof"), Controller.of(Judge.facts(at(project("p", Lever.LEGAL_ENTITY,
                held("nonprof")), repo, null))));
        assertEquals(Optional.of("acme"), Controller.of(Judge.facts(at(project("p", Lever.ADMINS, held("alice")), repo,
                null))));
        assertEquals(Optional.of("alice"), Controller.of(Judge.facts(project("p", Lever.ADMINS, held("alice")))));
        assertEquals(Optional.empty(), Controller.of(Judge.facts(project("p"))));
    }

    @Test
    void aForksControllerIsNeverItsUpstreamsOwner() {
        Project upstream = at(project("up"), "https://github.com/acme/up", null);
        Project fork = at(project("fork"), "https://github.com/acme/fork", "up");
        assertEquals(Optional.empty(), Controller.of(new Facts(fork, null, null, Judge.CAST, upstream)));
    }
}
