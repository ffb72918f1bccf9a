package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every license a file can be identified as: the SPDX License List bundled with the SPDX library
 * and levermap's LicenseRefs. Building it reads and normalises some 700 texts (a second or more on
 * a cold JVM), so one catalogue serves a whole run and is kept on disk between runs.
 */
public final class LicenseCatalog {

    private final List<ReferenceLicense> references;
    private final String spdxVersion;

    LicenseCatalog(List<ReferenceLicense> references, String spdxVersion) {
        List<ReferenceLicense> sorted = new ArrayList<>(references);
        sorted.sort(Comparator.comparingInt(ReferenceLicense::minSize).thenComparing(ReferenceLicense::id));
        this.references = Collections.unmodifiableList(sorted);
        this.spdxVersion = spdxVersion;
    }

    /** Builds the catalogue from the bundled SPDX License List and LicenseRefs. */
    public static LicenseCatalog load() {
        return build();
    }

    /**
     * The catalogue, kept in {@code cacheDir} between runs (built and stored there the first time,
     * and whenever the SPDX list, the LicenseRefs or the normalisation change).
     */
    public static LicenseCatalog load(java.nio.file.Path cacheDir) {
        return CatalogCache.load(cacheDir);
    }

    static LicenseCatalog build() {
        List<ReferenceLicense> all = new ArrayList<>(SpdxLicenses.load());
        all.addAll(LicenseRefs.load());
        return new LicenseCatalog(all, SpdxLicenses.listVersion());
    }

    /** The family of an SPDX expression: OR its least restrictive choice, AND its most restrictive term. */
    public static org.levermap.model.LicenseFamily familyOf(String expression) {
        return LicenseFamilies.ofExpression(expression);
    }

    /** The version of the SPDX License List in use. */
    public String spdxVersion() {
        return spdxVersion;
    }

    /** Every reference, smallest first. */
    List<ReferenceLicense> all() {
        return references;
    }

    /** The reference with this id. */
    Optional<ReferenceLicense> byId(String id) {
        return references.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The references whose size allows a Dice coefficient of at least {@code threshold} with a text
     * of {@code size} words: 2·min/(a+b) ≥ t needs the smaller within t/(2−t) of the larger.
     */
    List<ReferenceLicense> candidates(int size, double threshold) {
        double ratio = threshold / (2 - threshold);
        int low = (int) Math.floor(size * ratio);
        int high = (int) Math.ceil(size / ratio);
        List<ReferenceLicense> out = new ArrayList<>();
        for (ReferenceLicense r : references) {
            if (r.maxSize() >= low && r.minSize() <= high) {
                out.add(r);
            }
        }
        return out;
    }
}
