package org.levermap.collect.license;

import java.util.List;
import java.util.Optional;

/**
 * The files of a project that say what its license is, each read its own way: root license files
 * ({@code LICENSE}, {@code COPYING}…), the REUSE specification's {@code LICENSES/} folder and its
 * configuration ({@code REUSE.toml}, {@code .reuse/dep5}), the
 * README's license section, and a root {@code PATENTS} grant.
 */
final class LicenseSources {

    /** What a file is to the project's license. */
    enum Role {
        /** A root license file. */
        LICENSE,
        /** A license text in the REUSE {@code LICENSES/} folder, named by its SPDX id. */
        REUSE,
        /** The README, read for its license section. */
        README,
        /** A patent grant beside the license. */
        PATENTS,
        /** A REUSE configuration ({@code REUSE.toml}, {@code .reuse/dep5}): how the REUSE licenses combine. */
        REUSE_CONFIG
    }

    /** The REUSE specification's folder of license texts. */
    static final String REUSE_FOLDER = "LICENSES";

    private final LicenseIdentifier identifier;
    private final LicenseCatalog catalog;

    LicenseSources(LicenseIdentifier identifier, LicenseCatalog catalog) {
        this.identifier = identifier;
        this.catalog = catalog;
    }

    /** The role of the file at {@code path} (from the root, {@code /}-separated), if it has one. */
    static Optional<Role> role(String path) {
        if (ReuseConfig.isConfig(path)) {
            return Optional.of(Role.REUSE_CONFIG);
        }
        int slash = path.indexOf('/');
        if (slash >= 0) {
            String name = path.substring(slash + 1);
            boolean reuse = path.substring(0, slash).equals(REUSE_FOLDER) && !name.contains("/") && !name.startsWith(".")
                    && !name.endsWith(".license");
            return reuse ? Optional.of(Role.REUSE) : Optional.empty();
        }
        if (LicenseFileNames.isLicenseFile(path)) {
            return Optional.of(Role.LICENSE);
        }
        if (LicenseFileNames.isReadme(path)) {
            return Optional.of(Role.README);
        }
        return PatentGrants.isPatentsFile(path) ? Optional.of(Role.PATENTS) : Optional.empty();
    }

    /**
     * The component a root license file is named for ({@code COPYING.protobuf}: {@code protobuf}): the
     * license of code the project bundles, not the project's; empty for any other file.
     */
    Optional<String> component(String path) {
        if (role(path).orElse(null) != Role.LICENSE) {
            return Optional.empty();
        }
        return Optional.ofNullable(LicenseFileNames.component(path, catalog::namesLicense));
    }

    /** What the file at {@code path} says about the license. */
    Identification identify(String path, String text) {
        Role role = role(path).orElse(Role.LICENSE);
        return switch (role) {
            case LICENSE -> identifier.identify(text);
            case REUSE -> reuse(path, text);
            case README -> ReadmeLicense.identify(text, identifier, catalog).orElse(LicenseIdentifier.statesNone());
            case PATENTS -> PatentGrants.identify(path, text).orElse(LicenseIdentifier.statesNone());
            case REUSE_CONFIG -> ReuseConfig.identify(path, text);
        };
    }

    /**
     * A REUSE license text: matched like any license file; when it matches nothing, its file name is
     * its id, as the REUSE specification has it ({@code LICENSES/LicenseRef-custom.txt}).
     */
    private Identification reuse(String path, String text) {
        Identification matched = identifier.identify(text);
        if (matched.identified()) {
            return matched;
        }
        String name = path.substring(path.indexOf('/') + 1);
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!catalog.knows(id) && !id.matches("LicenseRef-[A-Za-z0-9.-]+")) {
            return matched;
        }
        int lines = text.split("\n", -1).length;
        Identification.Part part = new Identification.Part(id, REUSE_NAMED, 1, lines, null,
                "the REUSE file name gives the id; the text matches no license levermap knows");
        return new Identification(id, REUSE_NAMED, List.of(part), matched.holders());
    }

    /** How much a REUSE file name is trusted when its text matches nothing. */
    static final double REUSE_NAMED = 0.9;
}
