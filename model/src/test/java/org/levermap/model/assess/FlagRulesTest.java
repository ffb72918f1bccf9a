package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.levermap.model.testing.Samples.held;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;
import org.levermap.model.LicenseFamily;

class FlagRulesTest {

    private static List<Flag> flags(org.levermap.model.Project p, org.levermap.model.Snapshot s) {
        return Judge.assess(p, s).flags();
    }

    @Test
    void threeControlLeversHeldAloneIsSingleActorControl() {
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), Lever.LICENSE_CHANGE, held("acme"));
        List<Flag> f = flags(p, null);
        assertTrue(f.contains(Flag.SINGLE_ACTOR_CONTROL), f.toString());
        assertTrue(f.contains(Flag.LICENSE_SINGLE_ACTOR), f.toString());
    }

    @Test
    void twoControlLeversAreNotEnough() {
        var p = project("p", Lever.BRAND, held("acme"), Lever.ADMINS, held("acme"), Lever.FUNDING, held("acme"));
        assertFalse(flags(p, null).contains(Flag.SINGLE_ACTOR_CONTROL));
    }

    @Test
    void snapshotFlags() {
        var s = snapshot("p", "2024-01-31").license("BUSL-1.1", LicenseFamily.SOURCE_AVAILABLE).terms(true, null)
                .concentration(1, "acme", "acme", 0.8).tags(10, 0).build();
        assertEquals(List.of(Flag.CLA, Flag.RESTRICTIVE_LICENSE, Flag.ONE_ORGANISATION, Flag.BUS_FACTOR_ONE,
                Flag.NO_GOVERNANCE, Flag.UNSIGNED_RELEASES), flags(project("p"), s));
    }

    @Test
    void aHealthySnapshotRaisesNoFlag() {
        var s = snapshot("p", "2024-01-31").license("Apache-2.0", LicenseFamily.PERMISSIVE).terms(false, 0.9)
                .documents(DocumentKind.GOVERNANCE).concentration(6, "acme", "acme", 0.3).tags(10, 10).build();
        assertEquals(List.of(), flags(project("p"), s));
    }

    @Test
    void aHardForkIsFlagged() {
        var s = snapshot("p", "2024-01-31").license("MIT", LicenseFamily.PERMISSIVE)
                .lineage("up", "2020-01-01", null, null, null).build();
        assertTrue(flags(project("p"), s).contains(Flag.HARD_FORK));
    }
}
