package org.levermap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.change.Change;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.HistorySummary;
import org.levermap.model.repo.DataRepository;
import org.levermap.render.FixtureAccess;
import org.levermap.render.link.EvidenceLinks;
import org.levermap.render.words.Phrasebook;
import org.levermap.render.words.Words;

class ChangeViewsTest {

    @TempDir
    Path root;

    @Test
    void oneChangeAloneGetsTheViewAndAnchorItHasAmongAllOfItsProject() throws Exception {
        DataRepository repo = DataRepository.load(FixtureAccess.ecosystem(root));
        ChangeLog log = ChangeLog.of(repo);
        Words words = new Words(Phrasebook.standard(), log.assessor().actors());
        ChangeViews views = new ChangeViews(new Refs(repo, new Links(new EvidenceLinks(), words), words));
        int compared = 0;
        boolean sameDay = false;
        for (HistorySummary h : log.summaries().values()) {
            Map<Change, ChangeView> all = views.of(h);
            for (Change c : h.changes()) {
                assertEquals(all.get(c), views.one(h, c), c.toString());
                sameDay |= !all.get(c).anchor().equals("change-1");
                compared++;
            }
        }
        assertTrue(compared > 0, "the fixture has changes");
        assertTrue(sameDay, "the fixture has a day with more than one change of a project (anchor change-2)");
        HistorySummary any = log.summaries().values().iterator().next();
        assertNull(views.one(any, log.all().stream().filter(c -> !c.project().equals(any.project().id()))
                .findFirst().orElseThrow()), "a change of another project is not this history's");
    }
}
