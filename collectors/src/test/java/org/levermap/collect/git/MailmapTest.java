package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The four forms of gitmailmap(5), matched without regard to case as git does. */
class MailmapTest {

    private final Mailmap map = Mailmap.parse("""
            # a comment
            Proper Name <commit@email.xx>
            <proper@email.xx> <other@email.xx>
            Joe Developer <joe@example.com> <JOE@old.example.com>
            Jane Doe <jane@example.com> jane <jane@laptop.(none)>
            Jane Doe <jane@example.com> Jane <Jane@Laptop.(none)> # second name, same e-mail
            not an entry
            """);

    @Test
    void mapsNamesEmailsOrBoth() {
        assertEquals(new Mailmap.Ident("Proper Name", "Commit@Email.xx"), map.map("whoever", "Commit@Email.xx"));
        assertEquals(new Mailmap.Ident("Some One", "proper@email.xx"), map.map("Some One", "other@email.xx"));
        assertEquals(new Mailmap.Ident("Joe Developer", "joe@example.com"), map.map("joe", "joe@old.example.com"));
    }

    @Test
    void anEntryWithACommitNameMapsThatNameOnly() {
        assertEquals(new Mailmap.Ident("Jane Doe", "jane@example.com"), map.map("JANE", "jane@laptop.(none)"));
        assertEquals(new Mailmap.Ident("Someone Else", "jane@laptop.(none)"), map.map("Someone Else", "jane@laptop.(none)"));
    }

    @Test
    void unknownAddressesAndAnEmptyFileMapNothing() {
        assertEquals(new Mailmap.Ident("X", "x@y.z"), map.map("X", "x@y.z"));
        assertTrue(Mailmap.parse("# nothing\n").isEmpty());
    }
}
