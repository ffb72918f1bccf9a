package org.levermap.collect.license;

import java.util.Locale;
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

    private LicenseFileNames() {
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
