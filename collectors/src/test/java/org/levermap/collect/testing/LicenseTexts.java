package org.levermap.collect.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;

/**
 * Real license texts for fixtures: those of the SPDX License List bundled with the SPDX library,
 * and levermap's own LicenseRef texts (each with its provenance in refs/index.yaml).
 */
public final class LicenseTexts {

    private LicenseTexts() {
    }

    /** The text of a listed SPDX license. */
    public static String spdx(String id) {
        SpdxModelFactory.init();
        try {
            return ListedLicenses.getListedLicenses().getListedLicenseByIdCompatV2(id).getLicenseText();
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundled LicenseRef text, by file name under refs/ (e.g. {@code rsalv2.txt}). */
    public static String ref(String file) {
        try (InputStream in = LicenseTexts.class.getResourceAsStream("/org/levermap/collect/license/refs/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A dual-license file in the form Redis used from March 2024 (a short preamble, then each
     * license under a numbered, underlined title), built from the reference texts.
     */
    public static String redisDual() {
        return """
                Starting on March 20th, 2024, Redis follows a dual-licensing model with all Redis project code
                contributions under version 7.4 and subsequent releases governed by the Redis Software Grant and
                Contributor License Agreement. After this date, contributions are subject to the user's choice of
                the Redis Source Available License v2 (RSALv2) or the Server Side Public License v1 (SSPLv1), as
                follows:


                """ + ref("rsalv2.txt") + "\n\n2. Server Side Public License (SSPL)\n====================================\n\n"
                + spdx("SSPL-1.0");
    }
}
