package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.git.History;
import org.levermap.collect.git.Mailmap;
import org.levermap.model.ContributionFacts;

class MergersTest {

    @TempDir
    Path tmp;

    @Test
    void webMergesCreditTheirAuthorAndOnlyTheWindowCounts() throws Exception {
        History h = WindowFixture.build(tmp.resolve("r.git"));
        LocalDate june = LocalDate.parse("2024-06-30");
        IdentityResolver ids = new IdentityResolver(Mailmap.EMPTY);
        assertEquals(List.of(new ContributionFacts.Merger("a@acme.com", "A", 1)),
                Mergers.of(h, h.positionAt(ContributorWindow.end(june) - 1), june, ids));
        LocalDate july = LocalDate.parse("2024-07-31");
        assertEquals(List.of(new ContributionFacts.Merger("a@acme.com", "A", 1), new ContributionFacts.Merger("b@gmail.com", "B", 1)),
                Mergers.of(h, h.tipPosition(), july, new IdentityResolver(Mailmap.EMPTY)));
    }
}
