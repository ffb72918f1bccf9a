package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.affiliation.People.id;
import static org.levermap.model.affiliation.People.window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.levermap.model.Actor;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Project;
import org.levermap.model.Provenance;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.DataRepository;

class DomainWarningsTest {

    @Test
    void warnsWhenAnOrganisationsPeopleCommitFromADomainItDoesNotList() {
        LocalDate date = LocalDate.parse("2024-06-30");
        Snapshot s = new Snapshot("p", date, new Provenance("t", null, null, null, null, null, null), null, null,
                new ContributionFacts(null, null, null, null, null, window(date,
                        id("daniel@hashicorp.io", "Daniel Example", 5), id("daniel@gmail.com", "Daniel Example", 5),
                        id("sarah@hashicorp.com", "Sarah Example", 5), id("x@hashicorp.io", "X", 1))), null, null);
        Map<String, Actor> actors = new TreeMap<>();
        List.of(People.IBM, People.HASHICORP, People.DANIEL, People.SARAH).forEach(a -> actors.put(a.id(), a));
        DataRepository repo = new DataRepository(Path.of("."), new SiteConfig("t", null, null, null),
                new TreeMap<>(Map.of("p", new Project("p", "P", null, null, null, null, null, null, null, null))),
                new TreeMap<>(Map.of("p", List.of(s))), new TreeMap<>(actors), new TreeMap<>());

        assertEquals(List.of("actors/hashicorp.yaml: warning: daniel, affiliated with hashicorp, commits from hashicorp.io"
                + " (projects/p/snapshots/2024-06-30.yaml), a domain 'hashicorp' does not list in email_domains"),
                DomainWarnings.of(repo), "gmail.com is a mail service; hashicorp.com is listed");
    }
}
