package org.levermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.HistorySummary;
import org.levermap.model.repo.DataRepository;

/**
 * The README's table of the reference report says what the report holds: each project's governance
 * model as today's rules judge it, its snapshots and the commit of the newest. A better rule or an
 * edited actor re-judges the report at once; this test says when the README was left behind (it was:
 * six models still read "unknown" after the rules had judged them).
 */
class ReferenceReportTableTest {

    /** A row: | [Name](url) (`id`) | model | N snapshots, first → last (or —) | `commit` (or not collected) |. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| \\[[^\\]]+\\]\\([^)]+\\) \\(`([a-z0-9-]+)`\\) \\| ([a-z-]+) \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);

    @Test
    void theReadmeTableStatesEachProjectAsTheReportHoldsIt() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        ChangeLog log = ChangeLog.of(DataRepository.load(Path.of("..", "site")));
        Map<String, String> stated = new TreeMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            stated.put(m.group(1), m.group(2) + " | " + m.group(3).strip() + " | " + m.group(4).strip());
        }
        Map<String, String> judged = new TreeMap<>();
        for (Map.Entry<String, HistorySummary> e : log.summaries().entrySet()) {
            HistorySummary h = e.getValue();
            String history = h.dates().isEmpty() ? "—" : h.dates().size() + " snapshots, " + h.firstDate() + " → "
                    + h.dates().get(h.dates().size() - 1);
            Snapshot latest = h.latestSnapshot();
            String commit = latest == null || latest.provenance() == null || latest.provenance().commit() == null
                    ? "not collected" : "`" + latest.provenance().commit().substring(0, 12) + "`";
            judged.put(e.getKey(), h.latest().model().keyword() + " | " + history + " | " + commit);
        }
        assertTrue(judged.size() > 20, "the reference report loads: " + judged.keySet());
        List<String> differ = new ArrayList<>();
        judged.forEach((id, row) -> {
            if (!row.equals(stated.get(id))) {
                differ.add(id + ": README says " + stated.get(id) + ", the report holds " + row);
            }
        });
        stated.keySet().stream().filter(id -> !judged.containsKey(id)).forEach(id -> differ.add(id + ": not in the report"));
        assertEquals(List.of(), differ);
    }
}
