package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.List;
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
        for (String id : listed.getSpdxListedLicenseIds()) {
            try {
                SpdxListedLicense license = listed.getListedLicenseByIdCompatV2(id);
                if (license.isDeprecated()) {
                    continue;
                }
                String template = license.getStandardLicenseTemplate();
                LicenseTemplate.Texts texts = template == null || template.isBlank()
                        ? new LicenseTemplate.Texts(license.getLicenseText(), "") : LicenseTemplate.split(template);
                if (texts.required() != null && !texts.required().isBlank()) {
                    references.add(ReferenceLicense.of(id, license.getName(), texts.required(), texts.optional()));
                }
            } catch (InvalidSPDXAnalysisException e) {
                throw new IllegalStateException("the SPDX license list bundled with levermap is unreadable at " + id, e);
            }
        }
        return references;
    }
}
