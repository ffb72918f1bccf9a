package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.SpdxListedLicense;

/**
 * Reads the SPDX License List that {@code org.spdx:java-spdx-library} bundles in its jar (the
 * library is configured by {@code resources/spdx-java-library.properties} never to download it).
 * Deprecated ids are left out: their texts live on under the ids that replaced them.
 */
final class SpdxLicenses {

    /**
     * Added to a license's name for its standard notice (the Apache "Licensed under the Apache
     * License, Version 2.0 …" paragraph, the GPL "This program is free software …"): a file holding
     * only the notice is under the license it names.
     */
    static final String NOTICE = " (standard notice)";

    /**
     * A notice template whose copyright line runs on into the notice's first sentence once its fields are
     * taken out (ECL-2.0's: "Copyright [yyyy] [name of copyright owner] Licensed under the" on one line).
     * Normalisation drops a copyright line whole, and with this one "Licensed under the": the line is
     * ended after the copyright so that the notice keeps every word Apache-2.0's keeps.
     */
    private static final Pattern GLUED_COPYRIGHT = Pattern.compile(
            "^(\\s*Copyright(?:\\s*\\([cC]\\))?)[ \\t]+(?=[^\\n]*\\b[Ll]icen[cs]ed?\\b)");

    /** Notices shorter than this many words name a license without stating which terms apply. */
    static final int NOTICE_MIN_WORDS = 25;

    private SpdxLicenses() {
    }

    /** The version of the bundled list, e.g. {@code 3.28.0}. */
    static String listVersion() {
        SpdxModelFactory.init();
        return ListedLicenses.getListedLicenses().getLicenseListVersion();
    }

    /** Every current listed license, as a reference. */
    static List<ReferenceLicense> load() {
        SpdxModelFactory.init();
        ListedLicenses listed = ListedLicenses.getListedLicenses();
        List<ReferenceLicense> references = new ArrayList<>();
        List<ReferenceLicense> notices = new ArrayList<>();
        for (String id : listed.getSpdxListedLicenseIds()) {
            try {
                SpdxListedLicense license = listed.getListedLicenseByIdCompatV2(id);
                if (license.isDeprecated()) {
                    continue;
                }
                LicenseTemplate.Texts texts = texts(license);
                if (texts.required() != null && !texts.required().isBlank()) {
                    references.add(ReferenceLicense.of(id, license.getName(), texts.required(), texts.optional()));
                }
                Optional<LicenseTemplate.Texts> notice = notice(license);
                if (notice.isPresent()) {
                    notices.add(ReferenceLicense.of(id, license.getName() + NOTICE, notice.get().required(),
                            notice.get().optional()));
                }
            } catch (InvalidSPDXAnalysisException e) {
                throw new IllegalStateException("the SPDX license list bundled with levermap is unreadable at " + id, e);
            }
        }
        references.addAll(distinguishable(notices));
        return references;
    }

    /**
     * The notices whose words no other license's notice has. Words drop version numbers, so the GFDL 1.1,
     * 1.2 and 1.3 notices (and BitTorrent 1.0 and 1.1) are one set of words: as references they would name
     * whichever version sorts first. A file holding such a notice is read for the license it names instead.
     */
    static List<ReferenceLicense> distinguishable(List<ReferenceLicense> notices) {
        Map<List<Words>, Set<String>> ids = new HashMap<>();
        for (ReferenceLicense n : notices) {
            ids.computeIfAbsent(List.of(n.required(), n.optional()), k -> new HashSet<>()).add(n.id());
        }
        return notices.stream().filter(n -> ids.get(List.of(n.required(), n.optional())).size() == 1).toList();
    }

    /**
     * The required and optional text of one listed license, or of its standard notice, if it is
     * listed (and has one).
     */
    static Optional<LicenseTemplate.Texts> texts(String id, boolean notice) {
        SpdxModelFactory.init();
        try {
            ListedLicenses listed = ListedLicenses.getListedLicenses();
            if (!listed.isSpdxListedLicenseId(id)) {
                return Optional.empty();
            }
            SpdxListedLicense license = listed.getListedLicenseByIdCompatV2(id);
            return notice ? notice(license) : Optional.of(texts(license));
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("the SPDX license list bundled with levermap is unreadable at " + id, e);
        }
    }

    private static Optional<LicenseTemplate.Texts> notice(SpdxListedLicense license) throws InvalidSPDXAnalysisException {
        String template = license.getStandardLicenseHeaderTemplate();
        if (template == null || template.isBlank()) {
            return Optional.empty();
        }
        LicenseTemplate.Texts split = LicenseTemplate.split(template);
        LicenseTemplate.Texts texts = new LicenseTemplate.Texts(GLUED_COPYRIGHT.matcher(split.required()).replaceFirst("$1\n"),
                split.optional(), split.full());
        return LicenseText.words(texts.required()).size() >= NOTICE_MIN_WORDS ? Optional.of(texts) : Optional.empty();
    }

    private static LicenseTemplate.Texts texts(SpdxListedLicense license) throws InvalidSPDXAnalysisException {
        String template = license.getStandardLicenseTemplate();
        if (template == null || template.isBlank()) {
            return new LicenseTemplate.Texts(license.getLicenseText(), "");
        }
        LicenseTemplate.Texts split = LicenseTemplate.split(template);
        // The list's plain text is one more standard copy, its wording where the template has fields.
        return new LicenseTemplate.Texts(split.required(), split.optional(), split.full() + "\n\n" + license.getLicenseText());
    }
}
