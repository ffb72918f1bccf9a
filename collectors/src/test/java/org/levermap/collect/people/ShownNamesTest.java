package org.levermap.collect.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShownNamesTest {

    private static void commits(ShownNames names, String key, String name, int n) {
        for (int i = 0; i < n; i++) {
            names.count(new Identity(key, name, false));
        }
    }

    @Test
    void aFewNewestCommitsUnderAnotherContributorsNameDoNotRenameAnIdentity() {
        // Terraform, the year to 2026-08-21, newest first: Sarah French's name on four of Radek Simko's address.
        ShownNames names = new ShownNames();
        commits(names, "radeksimko@users.noreply.github.com", "Sarah French", 4);
        commits(names, "15078782+sarahfrench@users.noreply.github.com", "Sarah French", 161);
        commits(names, "radeksimko@users.noreply.github.com", "Radek Simko", 37);

        Map<String, String> shown = names.shown();
        assertEquals("Radek Simko", shown.get("radeksimko@users.noreply.github.com"));
        assertEquals("Sarah French", shown.get("15078782+sarahfrench@users.noreply.github.com"));
    }

    @Test
    void aChangedNameIsShownFromItsFirstCommit() {
        ShownNames names = new ShownNames();
        commits(names, "alex@example.org", "Alex New", 1);
        commits(names, "alex@example.org", "Alex Old", 40);

        assertEquals("Alex New", names.shown().get("alex@example.org"), "no other identity carries the new name");
    }

    @Test
    void aNameMostOfItsCommitsCarryIsKeptThoughAnotherIdentityCarriesItMore() {
        ShownNames names = new ShownNames();
        commits(names, "jo@work.example", "Jo Doe", 3);
        commits(names, "jo@work.example", "jdoe", 2);
        commits(names, "jo@home.example", "Jo Doe", 50);

        assertEquals("Jo Doe", names.shown().get("jo@work.example"));
    }
}
