package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.collect.git.Mailmap;

class IdentityResolverTest {

    private final IdentityResolver resolver = new IdentityResolver(
            Mailmap.parse("Jane Doe <jane@home.example> <JANE@old.example>\n"),
            new ActorDirectory(List.of(ActorDirectoryTest.META, ActorDirectoryTest.JANE)), LocalDate.parse("2021-06-01"));

    @Test
    void mailmapThenLowerCaseThenActors() {
        assertEquals(new Identity("jane@home.example", "Jane Doe", "jane", "meta", "meta", false),
                resolver.resolve(new Mailmap.Ident("jd", "Jane@Old.Example")));
        assertEquals(new Identity("bob@fb.com", "Bob", null, "meta", "meta", false),
                resolver.resolve(new Mailmap.Ident("Bob", "Bob@FB.com")));
    }

    @Test
    void publicProvidersAreIndividualsAndOtherDomainsTheirOwnOrganisation() {
        assertEquals(new Identity("x@gmail.com", "X", null, "individuals", null, false),
                resolver.resolve(new Mailmap.Ident("X", "x@gmail.com")));
        assertEquals(new Identity("y@uni.example.edu", "Y", null, "uni.example.edu", null, false),
                resolver.resolve(new Mailmap.Ident("Y", "y@uni.example.edu")));
    }

    @Test
    void anAuthorWithoutEmailIsTheirNameAndOneWithNeitherIsUnknown() {
        assertEquals("jane roe", resolver.resolve(new Mailmap.Ident("Jane Roe", "")).key());
        assertEquals("(unknown)", resolver.resolve(new Mailmap.Ident("", "")).key());
    }

    @Test
    void aNoReplyAddressFindsThePersonByLoginAndBotsAreMarked() {
        assertEquals("jane", resolver.resolve(new Mailmap.Ident("someone", "123+jdoe@users.noreply.github.com")).actor());
        assertEquals(true, resolver.resolve(new Mailmap.Ident("dependabot[bot]", "1+dependabot[bot]@users.noreply.github.com")).bot());
    }
}
