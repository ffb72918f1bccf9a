package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.levermap.collect.git.Mailmap;

class IdentityResolverTest {

    private final IdentityResolver resolver = new IdentityResolver(
            Mailmap.parse("Jane Doe <jane@home.example> <JANE@old.example>\n"));

    @Test
    void mailmapThenLowerCase() {
        assertEquals(new Identity("jane@home.example", "Jane Doe", false),
                resolver.resolve(new Mailmap.Ident("jd", "Jane@Old.Example")));
        assertEquals(new Identity("bob@fb.com", "Bob", false), resolver.resolve(new Mailmap.Ident("Bob", "Bob@FB.com")));
    }

    @Test
    void anAuthorWithoutEmailIsTheirNameAndOneWithNeitherIsUnknown() {
        assertEquals("jane roe", resolver.resolve(new Mailmap.Ident("Jane Roe", "")).key());
        assertEquals("(unknown)", resolver.resolve(new Mailmap.Ident("", "")).key());
    }

    @Test
    void botsAreMarked() {
        assertEquals(true, resolver.resolve(new Mailmap.Ident("dependabot[bot]", "1+dependabot[bot]@users.noreply.github.com")).bot());
        assertEquals(false, resolver.resolve(new Mailmap.Ident("Jane", "123+jdoe@users.noreply.github.com")).bot());
    }
}
