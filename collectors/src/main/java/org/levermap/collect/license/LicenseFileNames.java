package org.levermap.collect.license;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which root files are license files: {@code LICENSE}, {@code LICENCE}, {@code COPYING} and
 * {@code UNLICENSE}, in any case, with or without an extension or a suffix ({@code LICENSE.txt},
 * {@code LICENSE-MIT}, {@code COPYING.LESSER}, {@code MIT-LICENSE}). Third-party notices, headers,
 * templates and code that merely carry the word are not.
 */
public final class LicenseFileNames {

    private static final Pattern LICENSE = Pattern.compile(
            "(un)?licen[cs]es?([-_. ][a-z0-9.+_-]*)?|copying([-_. ][a-z0-9.+_-]*)?|[a-z0-9.+]+[-_]licen[cs]e(\\.[a-z]+)?");
    private static final Pattern NOT_A_LICENSE = Pattern.compile(
            ".*(third|3rd|vendor|header|template|check|notice|readme|exception|list|dependenc|deps|bundled|"
                    + "report|tool|scan|policy|faq|history|changes|author|contributor).*");
    private static final Pattern CODE = Pattern.compile(
            ".*\\.(go|py|js|mjs|ts|java|kt|rb|rs|c|h|cc|cpp|hpp|cs|sh|bash|ps1|bat|json|ya?ml|toml|xml|csv|tsv|"
                    + "ini|cfg|lock|gradle|sbt|mk|cmake|tpl|tmpl|j2|erb|vue|php|pl|pm|swift|m|scala|clj|ex|exs|"
                    + "hs|lua|r|sql|css|scss|svg|png|jpe?g|gif|pdf|zip|gz)");
    /** Suffixes naming what a file covers rather than which license it is: its terms add up. */
    private static final Pattern SCOPE = Pattern.compile(
            "(?i).*[-_. ](model|models|weights|docs?|documentation|data|dataset|content|assets|fonts?|art|images?|media|"
                    + "examples?|specs?|specification|website|site)(\\.[a-z]+)?$");

    /** What follows LICENSE or COPYING in a file's name (LICENSE-MIT, COPYING.protobuf), a text extension aside. */
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:(?:un)?licen[cs]es?|copying)[-_. ]+(.+?)(?:\\.(?:txt|text|md|markdown|rst|adoc|asciidoc|org|html?))?");
    /**
     * Suffixes that name no license and no component: a text format alone (LICENSE.txt), the GNU files
     * beside the GPL (COPYING.LESSER, COPYING.LIB, COPYING.RUNTIME), versions, and the project's own
     * terms (LICENSE-custom, LICENSE.commercial, LICENSE-binary: the license of its binary distribution).
     */
    private static final Pattern NO_COMPONENT = Pattern.compile(
            "txt|text|md|markdown|rst|adoc|asciidoc|org|html?|lesser|lib|library|runtime|v?[0-9][0-9.]*|custom|other|"
                    + "additional|extra|commercial|enterprise|ee|ce|community|proprietary|private|internal|binary|bin|"
                    + "source|src|full|short|dual|original|legacy|old|new");

    private LicenseFileNames() {
    }

    /**
     * The component a root license file is named for ({@code COPYING.protobuf}: {@code protobuf}), or
     * null: a suffix that names no license ({@code namesLicense}: LICENSE-MIT, LICENSE.APACHE-2.0), no
     * part of the project ({@link #isScoped}: LICENSE-MODEL), no version and none of the project's own
     * terms. Such a file is the license of code the project bundles, not the project's license.
     */
    static String component(String name, Predicate<String> namesLicense) {
        Matcher m = SUFFIX.matcher(name.toLowerCase(Locale.ROOT));
        if (!m.matches() || isScoped(name)) {
            return null;
        }
        String suffix = m.group(1);
        return NO_COMPONENT.matcher(suffix).matches() || namesLicense.test(suffix) ? null : suffix;
    }

    /** Whether a root file of this name is a license file. */
    public static boolean isLicenseFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return LICENSE.matcher(lower).matches() && !NOT_A_LICENSE.matcher(lower).matches()
                && !CODE.matcher(lower).matches();
    }

    /** Whether a root file is the README levermap reads for a license section ({@code README}, {@code README.md}…). */
    public static boolean isReadme(String name) {
        return name.toLowerCase(Locale.ROOT).matches("readme(\\.(md|markdown|txt|rst|adoc|asciidoc|org))?");
    }

    /**
     * Whether the file covers one part of the project ({@code LICENSE-MODEL}, {@code LICENSE.docs}),
     * so that its license applies alongside the others rather than as an alternative to them.
     */
    static boolean isScoped(String name) {
        return SCOPE.matcher(name).matches();
    }
}
