package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.Concentration;
import org.levermap.model.Snapshot;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.ProjectHistory;
import org.levermap.model.repo.DataRepository;

/**
 * The reference report ({@code site/}) judged by today's rules: its identities (and Petals' snapshots,
 * written before identities were stored) load, and no mail service or one-person domain is named as
 * an organisation.
 */
class ReferenceReportTest {

    @Test
    void noMailServiceOrOnePersonDomainIsAnOrganisationAndRedisLtdIsOne() throws Exception {
        ChangeLog log = ChangeLog.of(DataRepository.load(Path.of("..", "site")));
        List<String> wrong = new ArrayList<>();
        int organisations = 0;
        for (String id : log.summaries().keySet()) {
            ProjectHistory h = log.history(id);
            for (Snapshot s : h.snapshots()) {
                Concentration c = s.contribution() == null ? null : s.contribution().concentration();
                for (Concentration.Organisation o : c == null ? List.<Concentration.Organisation>of() : c.organisations()) {
                    organisations++;
                    boolean domain = o.actor() == null && !"individuals".equals(o.name());
                    if (domain && (MailDomains.isPersonal(o.name()) || o.authors() < DomainRule.MIN_PEOPLE)
                            || "redislabs.com".equals(o.name())) {
                        wrong.add(h.project().id() + " " + s.date() + ": " + o.name() + " (" + o.authors() + " authors)");
                    }
                }
            }
        }
        assertTrue(organisations > 100, "the report has concentration data: " + organisations);
        assertEquals(List.of(), wrong);
        Concentration redis = log.history("redis").latestSnapshot().contribution().concentration();
        assertEquals(1, redis.organisations().stream().filter(o -> "redis-ltd".equals(o.actor())).count());
        assertFalse(redis.organisations().stream().anyMatch(o -> o.name().endsWith("redislabs.com")));
    }
}
