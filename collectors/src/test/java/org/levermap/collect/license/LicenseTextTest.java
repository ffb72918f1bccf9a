package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenseTextTest {

    @Test
    void copyrightLinesTitleMarkupAndSpellingDoNotCount() {
        String plain = "Permission is hereby granted to use this software for any purpose, including commercial"
                + " organisations.\n";
        String decorated = "# The Example License\n\nCopyright (c) 2024 Jane Doe <jane@example.org>\nAll rights reserved.\n\n"
                + "**Permission** is hereby granted to use this [software](http://example.org) for any purpose,\n"
                + "including commercial organizations.\n---\n";
        assertEquals(LicenseText.words(plain), LicenseText.words(decorated));
    }

    @Test
    void theHowToApplyAppendixAfterTheEndOfTermsIsLeftOut() {
        Words w = LicenseText.words("Terms here.\n\n  END OF TERMS AND CONDITIONS\n\nHow to apply these terms to your program\n");
        assertEquals(Set.of("terms", "here"), w.set());
    }

    @Test
    void aLicenseKeptAsACommentBlockIsReadWithoutItsMarkers() {
        assertEquals(LicenseText.words("Licensed under the terms below.\nRedistribution is allowed.\n"),
                LicenseText.words("// Licensed under the terms below.\n// Redistribution is allowed.\n"));
    }

    @Test
    void singleLettersAndListNumbersAreDropped() {
        Words w = LicenseText.words("1. a) Redistributions (i) must retain");
        assertFalse(w.set().contains("a"));
        assertFalse(w.set().contains("1"));
        assertTrue(w.set().containsAll(Set.of("redistributions", "must", "retain")));
    }

    @Test
    void aFirstLineTheNextGoesOnFromInLowerCaseIsASentenceNotATitle() {
        assertTrue(LicenseText.words("Licensed under the Apache License, Version 2.0 (the \"License\"); you may not\n"
                + "use this file except in compliance with the License.\n").set().containsAll(Set.of("licensed", "apache")));

        assertFalse(LicenseText.words("Apache License\nVersion 2.0, January 2004\n\nTerms here.\n").set().contains("apache"),
                "a title is still left out");
    }
}
