package org.levermap.model.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SamePersonTest {

    @Test
    void oneNameOnTwoAddressesIsOnePerson() {
        SamePerson same = new SamePerson();
        // Terraform, the year to 2021-05-31: 489 and 10 commits under one name.
        assertEquals(same.key(null, "James Bardin", "j.bardin@gmail.com"),
                same.key(null, " james  BARDIN ", "jbardin@hashicorp.com"), "case and spaces are not a new name");
        assertNotEquals(same.key(null, "James Bardin", "j@x.org"), same.key(null, "Jim Bardin", "k@x.org"));
    }

    @Test
    void anIdentityWithoutANameIsItselfOnly() {
        SamePerson same = new SamePerson();
        assertNotEquals(same.key(null, "", "a@x.org"), same.key(null, null, "b@x.org"));
        assertEquals("id:a@x.org", same.key(null, "  ", "a@x.org"));
    }

    @Test
    void aNameOfAPersonActorsIdentityIsThatPerson() {
        SamePerson same = new SamePerson();
        same.learn("madelyn", "Madelyn Olson");
        assertEquals("actor:madelyn", same.key(null, "Madelyn Olson", "madelyneolson@gmail.com"));
        assertEquals("actor:madelyn", same.key("madelyn", "M. Olson", "34459052+madolson@users.noreply.github.com"));
    }

    @Test
    void aNameTwoPersonActorsBearDecidesNothing() {
        SamePerson same = new SamePerson();
        same.learn("alex-1", "Alex");
        same.learn("alex-2", "Alex");
        assertEquals("id:alex@x.org", same.key(null, "Alex", "alex@x.org"));
        assertEquals("actor:alex-2", same.key("alex-2", "Alex", "alex2@y.org"));
    }
}
