package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyrightNoticesTest {

    @Test
    void holdersAreNamedWithoutYearsMarkersEmailsOrReservations() {
        String text = """
                Copyright (c) 2006-2020, Salvatore Sanfilippo <antirez at gmail dot com>
                All rights reserved.
                Copyright 2019 The Foo Authors. All rights reserved.
                © 2021 Acme, Inc.
                Copyright (C) 2024-present, Valkey contributors
                """;
        assertEquals(List.of(new CopyrightNotices.Holder("Salvatore Sanfilippo", 1),
                new CopyrightNotices.Holder("The Foo Authors", 3), new CopyrightNotices.Holder("Acme, Inc.", 4),
                new CopyrightNotices.Holder("Valkey contributors", 5)), CopyrightNotices.holders(text));
    }

    @Test
    void aNoticeInsideALineAndAHolderWrappedOntoTheNextLineAreFound() {
        String busl = "Licensed Work:        Terraform. The Licensed Work is (c) 2023\n                      HashiCorp, Inc.\n";
        assertEquals(List.of(new CopyrightNotices.Holder("HashiCorp, Inc.", 1)), CopyrightNotices.holders(busl));
    }

    @Test
    void sentencesAboutCopyrightAndTemplatesAreNotNotices() {
        assertFalse(CopyrightNotices.isNotice("     copyright doctrines of fair use, fair dealing, or other equivalents."));
        assertFalse(CopyrightNotices.isNotice("Copyright notice and this permission notice shall be included"));
        assertTrue(CopyrightNotices.isNotice("Copyright [yyyy] [name of copyright owner]"));
        assertEquals(List.of(), CopyrightNotices.holders("Copyright [yyyy] [name of copyright owner]\n"
                + "The above copyright notice shall be included.\n"));
        assertTrue(CopyrightNotices.isNotice("Copyright The Linux Foundation"));
    }

    @Test
    void aNoticeEndsWithItsSentence() {
        assertEquals("MariaDB Corporation Ab", CopyrightNotices.holders("License text copyright (c) 2017 MariaDB Corporation Ab,"
                + " All Rights Reserved. \"Business Source License\" is a trademark of MariaDB Corporation Ab.").get(0).name());
    }

    @Test
    void anAddressBetweenCommasLeavesOneAndANameCutAtTheLineEndGoesOnToTheEndOfItsClause() {
        String curl = """
                COPYRIGHT AND PERMISSION NOTICE

                Copyright (c) 1996 - 2024, Daniel Stenberg, <daniel@haxx.se>, and many
                contributors, see the THANKS file.

                All rights reserved.
                """;
        assertEquals(List.of(new CopyrightNotices.Holder("Daniel Stenberg, and many contributors", 3)),
                CopyrightNotices.holders(curl));
        assertEquals("Jane Doe", CopyrightNotices.holders("Copyright 2020, Jane Doe, <jane@example.org>,\n\nMore text.\n")
                .get(0).name());
        assertEquals("Jane Doe and the", CopyrightNotices.holders("Copyright 2020 Jane Doe and the\n").get(0).name(),
                "with no next line, the name stays as written");
    }
}
