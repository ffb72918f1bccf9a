package org.levermap.collect.modelcard;

import java.util.Locale;
import java.util.Map;

/**
 * The license ids the Hugging Face Hub offers in a model card, as SPDX ids or as the
 * {@code LicenseRef-scancode-…} ids the license catalogue uses for licenses SPDX does not list (see
 * {@code collect/license/refs/index.yaml}). A Hub id with neither stays comparable as
 * {@code LicenseRef-hf-<id>}.
 */
public final class HubLicenses {

    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("apache-2.0", "Apache-2.0"),
            Map.entry("mit", "MIT"),
            Map.entry("bsd", "BSD-4-Clause"),
            Map.entry("bsd-2-clause", "BSD-2-Clause"),
            Map.entry("bsd-3-clause", "BSD-3-Clause"),
            Map.entry("bsd-3-clause-clear", "BSD-3-Clause-Clear"),
            Map.entry("bsl-1.0", "BSL-1.0"),
            Map.entry("cc0-1.0", "CC0-1.0"),
            Map.entry("cc-by-2.0", "CC-BY-2.0"),
            Map.entry("cc-by-3.0", "CC-BY-3.0"),
            Map.entry("cc-by-4.0", "CC-BY-4.0"),
            Map.entry("cc-by-sa-3.0", "CC-BY-SA-3.0"),
            Map.entry("cc-by-sa-4.0", "CC-BY-SA-4.0"),
            Map.entry("cc-by-nc-2.0", "CC-BY-NC-2.0"),
            Map.entry("cc-by-nc-3.0", "CC-BY-NC-3.0"),
            Map.entry("cc-by-nc-4.0", "CC-BY-NC-4.0"),
            Map.entry("cc-by-nd-4.0", "CC-BY-ND-4.0"),
            Map.entry("cc-by-nc-nd-3.0", "CC-BY-NC-ND-3.0"),
            Map.entry("cc-by-nc-nd-4.0", "CC-BY-NC-ND-4.0"),
            Map.entry("cc-by-nc-sa-2.0", "CC-BY-NC-SA-2.0"),
            Map.entry("cc-by-nc-sa-3.0", "CC-BY-NC-SA-3.0"),
            Map.entry("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0"),
            Map.entry("afl-3.0", "AFL-3.0"),
            Map.entry("artistic-2.0", "Artistic-2.0"),
            Map.entry("ecl-2.0", "ECL-2.0"),
            Map.entry("epl-1.0", "EPL-1.0"),
            Map.entry("epl-2.0", "EPL-2.0"),
            Map.entry("eupl-1.1", "EUPL-1.1"),
            Map.entry("eupl-1.2", "EUPL-1.2"),
            Map.entry("agpl-3.0", "AGPL-3.0-only"),
            Map.entry("gpl", "GPL-2.0-or-later"),
            Map.entry("gpl-2.0", "GPL-2.0-only"),
            Map.entry("gpl-3.0", "GPL-3.0-only"),
            Map.entry("lgpl", "LGPL-2.1-or-later"),
            Map.entry("lgpl-2.1", "LGPL-2.1-only"),
            Map.entry("lgpl-3.0", "LGPL-3.0-only"),
            Map.entry("isc", "ISC"),
            Map.entry("mpl-2.0", "MPL-2.0"),
            Map.entry("ms-pl", "MS-PL"),
            Map.entry("odc-by", "ODC-By-1.0"),
            Map.entry("odbl", "ODbL-1.0"),
            Map.entry("creativeml-openrail-m", "LicenseRef-scancode-stable-diffusion-2022-08-22"),
            Map.entry("openrail++", "LicenseRef-scancode-bigscience-open-rail-m2"),
            Map.entry("bigscience-openrail-m", "LicenseRef-scancode-bigscience-open-rail-m"),
            Map.entry("bigscience-bloom-rail-1.0", "LicenseRef-scancode-bigscience-rail-1.0"),
            Map.entry("llama2", "LicenseRef-scancode-llama-2-license-2023"),
            Map.entry("llama3", "LicenseRef-scancode-llama-3-license-2024"),
            Map.entry("llama3.1", "LicenseRef-scancode-llama-3.1-license-2024"),
            Map.entry("llama3.2", "LicenseRef-scancode-llama-3.2-license-2024"),
            Map.entry("llama3.3", "LicenseRef-scancode-llama-3.3-license-2024"),
            Map.entry("unlicense", "Unlicense"),
            Map.entry("wtfpl", "WTFPL"),
            Map.entry("zlib", "Zlib"),
            Map.entry("pddl", "PDDL-1.0"),
            Map.entry("postgresql", "PostgreSQL"),
            Map.entry("ncsa", "NCSA"),
            Map.entry("osl-3.0", "OSL-3.0"),
            Map.entry("c-uda", "C-UDA-1.0"),
            Map.entry("cdla-permissive-1.0", "CDLA-Permissive-1.0"),
            Map.entry("cdla-permissive-2.0", "CDLA-Permissive-2.0"),
            Map.entry("cdla-sharing-1.0", "CDLA-Sharing-1.0"),
            Map.entry("gfdl", "GFDL-1.3-or-later"),
            Map.entry("lgpl-lr", "LGPL-3.0-only"),
            Map.entry("etalab-2.0", "etalab-2.0"));

    private HubLicenses() {
    }

    /**
     * The SPDX or LicenseRef id for a card's declared license; {@code license: other} gives a
     * {@code LicenseRef-} id from {@code license_name}; an id the Hub does not list is kept as
     * {@code LicenseRef-hf-<id>} so that it still compares equal across cards.
     */
    public static String toSpdx(String hubId, String licenseName) {
        if (hubId == null) {
            return null;
        }
        String key = hubId.trim().toLowerCase(Locale.ROOT);
        if (key.equals("other") || key.equals("unknown")) {
            return licenseName == null || licenseName.isBlank() ? "LicenseRef-other"
                    : "LicenseRef-" + sanitise(licenseName);
        }
        String spdx = IDS.get(key);
        return spdx != null ? spdx : "LicenseRef-hf-" + sanitise(key);
    }

    /** SPDX LicenseRef ids allow letters, digits, '.' and '-'. */
    private static String sanitise(String s) {
        String cleaned = s.trim().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "unnamed" : cleaned;
    }
}
