package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Snapshot;

/**
 * Instants with their offset in license changes, fork points and syncs: written and read back with
 * the offset they had; snapshots written before they were recorded load with the day alone.
 */
class InstantFieldsTest {

    @TempDir
    Path dir;

    private Snapshot read(String yaml) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return YamlCodec.read(file, "s.yaml", FileKind.SNAPSHOT, Snapshot.class);
    }

    @Test
    void aSnapshotWrittenBeforeInstantsLoadsWithItsDays() throws Exception {
        Snapshot s = read("""
                project: fork
                date: 2024-05-31
                provenance:
                  tool: levermap 0.1
                license:
                  spdx: MIT
                  history:
                    - date: 2024-03-20
                      kind: change
                      from: none
                      to: MIT
                      evidence:
                        commit: 0123456789abcdef0123456789abcdef01234567
                lineage:
                  upstream: up
                  fork_point:
                    commit: 0123456789abcdef0123456789abcdef01234567
                  fork_date: 2024-03-20
                  last_sync: 2024-05-01
                """);
        assertEquals(LocalDate.of(2024, 3, 20), s.license().history().get(0).date());
        assertNull(s.license().history().get(0).at());
        assertNull(s.lineage().forkAt());
        assertNull(s.lineage().newestSync());
        assertEquals(LocalDate.of(2024, 5, 1), s.lineage().lastSync());
    }

    @Test
    void anInstantKeepsItsOffset() throws Exception {
        Snapshot s = read("""
                project: fork
                date: 2024-05-31
                provenance:
                  tool: levermap 0.2
                lineage:
                  upstream: up
                  fork_date: 2024-03-20
                  fork_at: 2024-03-20T14:05:11+01:00
                  newest_sync:
                    commit: 0123456789abcdef0123456789abcdef01234567
                    at: 2024-05-01T23:30:00-07:00
                    upstream_tag: v2.45.0
                    upstream_commits: 120
                """);
        assertEquals(OffsetDateTime.parse("2024-03-20T14:05:11+01:00"), s.lineage().forkAt());
        assertEquals("+01:00", s.lineage().forkAt().getOffset().getId());
        assertEquals(OffsetDateTime.parse("2024-05-01T23:30:00-07:00"), s.lineage().newestSync().at());
        String written = YamlCodec.write(FileKind.SNAPSHOT, s);
        assertTrue(written.contains("fork_at: 2024-03-20T14:05:11+01:00"), written);
        assertTrue(written.contains("at: 2024-05-01T23:30:00-07:00"), written);
    }

    @Test
    void aMalformedInstantNamesTheFieldAndLine() {
        DataException e = assertThrows(DataException.class, () -> read("""
                project: fork
                date: 2024-05-31
                provenance:
                  tool: levermap 0.2
                lineage:
                  upstream: up
                  fork_at: 2024-03-20 14h05
                """));
        assertEquals("s.yaml:7:12: malformed instant '2024-03-20 14h05' in 'fork_at': expected YYYY-MM-DDThh:mm:ss+hh:mm",
                e.problems().get(0).toString());
    }
}
