package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.levermap.model.LicenseFamily;

class LicenseScopeTest {

    private static LicenseState state(String expression, String note) {
        return new LicenseState(expression, LicenseFamily.STRONG_COPYLEFT, 1.0, List.of(new LicenseState.File("COPYING",
                ObjectId.zeroId(), expression, 1.0, List.of(), null, note, 0)));
    }

    @Test
    void anOpenScopeKeepsTheScopeBeforeIt() {
        LicenseState notice = state("GPL-3.0-or-later", null);
        LicenseState full = state("GPL-3.0-only", LicenseScope.OPEN);
        assertEquals("GPL-3.0-or-later", LicenseScope.carried(notice, full).expression());
        assertFalse(LicenseScope.changed(notice, LicenseScope.carried(notice, full)));
        assertFalse(LicenseScope.changed(full, notice), "the notice only says what the text left open");
    }

    @Test
    void anotherLicenseOrAStatedScopeIsAChange() {
        LicenseState full = state("GPL-3.0-only", LicenseScope.OPEN);
        assertEquals("GPL-2.0-only", LicenseScope.carried(full, state("GPL-2.0-only", LicenseScope.OPEN)).expression());
        assertTrue(LicenseScope.changed(state("GPL-3.0-or-later", null), state("GPL-3.0-only", null)));
        assertTrue(LicenseScope.changed(full, state("GPL-2.0-only", LicenseScope.OPEN)));
    }
}
