package org.levermap.model.license;

import java.util.List;
import java.util.Locale;
import org.levermap.model.LicenseFamily;

/**
 * The family of one license id: which kind of terms it sets. The one owner of the id-to-family
 * table: collectors (at collect time) and the assessment (at build time) both read it. Facts, not
 * judgements: the family only sorts licenses by what their text requires (attribution only, share-alike of a file or of the
 * whole work, share-alike over a network, use restrictions, no commercial use).
 */
public final class LicenseFamilies {

    /** Checked in order; the first rule whose prefix the id starts with gives the family. */
    private static final List<Rule> RULES = List.of(
            // Before the broad prefixes below.
            rule(LicenseFamily.NON_COMMERCIAL, "CC-BY-NC", "PolyForm-Noncommercial", "NCGL-UK",
                    "LicenseRef-scancode-stability-ai-nc"),
            rule(LicenseFamily.SOURCE_AVAILABLE, "BUSL", "SSPL", "Elastic", "PolyForm", "FSL-", "CC-BY-ND",
                    "LicenseRef-scancode-rsalv2", "LicenseRef-scancode-redis-source-available",
                    "LicenseRef-scancode-commons-clause", "LicenseRef-scancode-confluent", "LicenseRef-scancode-elastic"),
            rule(LicenseFamily.RESPONSIBLE_AI, "OpenRAIL", "CreativeML", "BigScience", "LicenseRef-scancode-bigscience",
                    "LicenseRef-scancode-bigcode", "LicenseRef-scancode-stable-diffusion", "LicenseRef-scancode-llama",
                    "LicenseRef-scancode-openrail", "LicenseRef-scancode-responsible-ai"),
            rule(LicenseFamily.NETWORK_COPYLEFT, "AGPL", "OSL-3.0", "RPL-", "CPAL", "Parity"),
            rule(LicenseFamily.WEAK_COPYLEFT, "LGPL", "MPL", "EPL", "CDDL", "CPL-1.0", "MS-RL", "APSL", "OFL",
                    "ErlPL", "IPL", "LPL-", "NPL", "SPL-", "Motosoto", "CECILL-C", "CDLA-Sharing", "NPOSL", "RPSL",
                    "SISSL", "wxWindows", "MulanPubL", "OSET-PL", "Nokia", "SimPL", "QPL", "LGPLLR", "CUA-OPL",
                    "Watcom", "NASA", "EUDatagrid", "gSOAP", "Ms-RL", "UCL"),
            rule(LicenseFamily.STRONG_COPYLEFT, "GPL", "EUPL", "CECILL-1", "CECILL-2", "OSL-", "Sleepycat",
                    "CC-BY-SA", "GFDL", "ODbL", "copyleft-next", "Arphic", "CAL-1.0", "eCos", "AGPL"),
            rule(LicenseFamily.PERMISSIVE, "MIT", "BSD", "0BSD", "Apache", "ISC", "Zlib", "zlib", "X11", "HPND",
                    "Unlicense", "CC0", "CC-BY-", "CC-PDDC", "PostgreSQL", "Python", "PSF", "BSL-1.0", "NCSA", "UPL",
                    "W3C", "Artistic", "Beerware", "WTFPL", "curl", "Libpng", "libpng", "PHP", "Ruby", "OpenSSL",
                    "SSLeay", "AFL", "Zend", "Info-ZIP", "FTL", "ICU", "Unicode", "NTP", "JSON", "Vim", "AML",
                    "Bitstream", "blessing", "bzip2", "ECL", "EFL", "Fair", "FSFAP", "FSFUL", "MirOS", "MS-PL",
                    "MulanPSL", "PDDL", "ODC-By", "Spencer", "TCL", "UCAR", "Xnet", "ZPL", "CDLA-Permissive",
                    "BlueOak", "CECILL-B", "Intel", "IJG", "Imlib2", "Linux-OpenIB", "Naumen", "OLDAP",
                    "OpenLDAP", "Plexus", "SGI-B", "Sendmail", "SMLNJ", "TU-Berlin", "Unlicense", "VSL", "Xerox",
                    "xinetd", "XFree86", "Zed", "ZPL", "etalab", "LiLiQ-P", "OGL", "OGDL", "CNRI", "EDL", "Entessa",
                    "AAL", "ADSL", "AMPAS", "ANTLR", "Adobe", "Afmparse", "Baekmuk", "Borceux", "BitTorrent",
                    "Boehm", "CMU", "DOC", "Dotseqn", "Eurosym", "FreeImage", "Glulxe", "HTMLTIDY", "JasPer",
                    "Leptonica", "LiLiQ-R", "MTLL", "Multics", "Mup", "Newsletr", "Noweb", "OML", "PHP",
                    "SAX-PD", "Saxpath", "Sun", "TMate", "TOSL", "TTWL", "Unicode", "X11", "libtiff", "mpich2",
                    "psutils", "ulem", "w3m", "xpp", "zlib"),
            rule(LicenseFamily.PROPRIETARY, "LicenseRef-scancode-proprietary", "LicenseRef-scancode-commercial"));

    private LicenseFamilies() {
    }

    /** @param prefixes lower case: a catalogue of 700 ids is sorted at every collect's start */
    private record Rule(LicenseFamily family, List<String> prefixes) {
    }

    private static Rule rule(LicenseFamily family, String... prefixes) {
        return new Rule(family, java.util.Arrays.stream(prefixes).map(p -> p.toLowerCase(Locale.ROOT)).toList());
    }

    /** The family of one license id ({@code +} and case ignored), {@link LicenseFamily#UNKNOWN} if no rule knows it. */
    public static LicenseFamily of(String id) {
        if (id == null) {
            return LicenseFamily.UNKNOWN;
        }
        String plain = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
        String lower = plain.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            for (String prefix : rule.prefixes()) {
                if (lower.startsWith(prefix)) {
                    return rule.family();
                }
            }
        }
        return LicenseFamily.UNKNOWN;
    }
}
