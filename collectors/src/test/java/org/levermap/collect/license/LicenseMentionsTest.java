package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.collect.testing.Catalog;

class LicenseMentionsTest {

    private static List<String> ids(String text) {
        return LicenseMentions.in(text, Catalog.shared()).stream().map(LicenseMentions.Mention::id).toList();
    }

    @Test
    void namesAndIdsAreFoundInOrderOnce() {
        assertEquals(List.of("Apache-2.0", "MIT"), ids("Licensed under either of\n* Apache License, Version 2.0\n* MIT license\n"
                + "at your option. MIT again."));
        assertEquals(List.of("BSD-3-Clause"), ids("SPDX: BSD-3-Clause."));
        assertEquals(List.of("LGPL-2.1-only"), ids("GNU Lesser General Public License v2.1"));
    }

    @Test
    void gplVersionsAreOnlyUnlessOrLaterIsSaid() {
        assertEquals(List.of("GPL-3.0-or-later"), ids("GPLv3 or later"));
        assertEquals(List.of("GPL-2.0-only"), ids("the GNU General Public License version 2"));
        assertEquals(List.of("AGPL-3.0-only"), ids("GNU Affero General Public License v3"));
    }

    @Test
    void wordsThatAreNoLicenseAreNotMentions() {
        assertEquals(List.of(), ids("Built at MIT-CSAIL with vim and some-random-words."));
        assertEquals(3, LicenseMentions.in("a\nb\nMIT", Catalog.shared()).get(0).line());
    }
}
