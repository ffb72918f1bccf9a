package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LicenseTemplateTest {

    @Test
    void fieldsAndOptionalSectionsAreTheOptionalTextAndTheLeadingTitleIsDropped() {
        String template = "<<beginOptional>>Example License<<endOptional>>\n"
                + "<<var;name=\"copyright\";original=\"Copyright (c) <year> <owner>\";match=\".{0,5000}\">>\n"
                + "Use of the <<var;name=\"s\";original=\"Software\";match=\"Software|Materials\">> is free"
                + "<<beginOptional>> (including the next paragraph)<<endOptional>>.";
        LicenseTemplate.Texts texts = LicenseTemplate.split(template);
        assertEquals("\n \nUse of the   is free .", texts.required());
        assertEquals("\nCopyright (c) <year> <owner>\n\nSoftware\n\n (including the next paragraph)\n", texts.optional());
    }

    @Test
    void quotedValuesMayHoldAngleBrackets() {
        LicenseTemplate.Texts texts = LicenseTemplate.split("a <<var;name=\"x\";original=\"<b>>\";match=\".+\">> c");
        assertEquals("a   c", texts.required());
        assertEquals("\n<b>>\n", texts.optional());
    }
}
