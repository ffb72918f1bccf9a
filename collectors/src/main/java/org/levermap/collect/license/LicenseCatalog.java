package org.levermap.collect.license;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every license a file can be identified as: the SPDX License List bundled with the SPDX library
 * and levermap's LicenseRefs. Building it reads and normalises some 700 texts (a second or more on
 * a cold JVM), so one catalogue serves a whole run and is kept on disk between runs.
 */
public final class LicenseCatalog {

    private final List<ReferenceLicense> references;
    private final String spdxVersion;
    // The word order of the few references texts come close to, read from their sources on demand.
    private final java.util.Map<String, ReferenceOrder> orders = new java.util.concurrent.ConcurrentHashMap<>();
    private final ReferenceOrderCache orderCache;
    // The ids as file names write them, and their first parts (apache, gpl): see namesLicense.
    private final List<String> compactIds;
    private final List<String> firstParts;

    LicenseCatalog(List<ReferenceLicense> references, String spdxVersion) {
        this(references, spdxVersion, null);
    }

    /** A catalogue whose word orders are kept in {@code orderCache} between runs (null: computed each run). */
    LicenseCatalog(List<ReferenceLicense> references, String spdxVersion, ReferenceOrderCache orderCache) {
        this.orderCache = orderCache;
        List<ReferenceLicense> sorted = new ArrayList<>(references);
        sorted.sort(Comparator.comparingInt(ReferenceLicense::minSize).thenComparing(ReferenceLicense::id));
        this.references = Collections.unmodifiableList(sorted);
        this.spdxVersion = spdxVersion;
        Set<String> ids = new TreeSet<>();
        Set<String> firsts = new TreeSet<>();
        for (ReferenceLicense r : sorted) {
            String id = r.id().toLowerCase(Locale.ROOT).replaceFirst("^licenseref-", "");
            ids.add(compact(id));
            String first = compact(id.split("[-.]", 2)[0]);
            if (first.length() >= 2) {
                firsts.add(first);
            }
        }
        this.compactIds = List.copyOf(ids);
        this.firstParts = List.copyOf(firsts);
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

    /** The reference with this id, its full text rather than its standard notice. */
    Optional<ReferenceLicense> byId(String id) {
        return references.stream().filter(r -> r.id().equals(id))
                .min(Comparator.comparing(r -> r.name().endsWith(SpdxLicenses.NOTICE)));
    }

    /**
     * Whether a word of a file name names a license of the catalogue ({@code apache}, {@code Apache-2.0},
     * {@code gplv3}, {@code cc-by}): the start of an id, or an id's first part with a version after it;
     * letters and digits only, in any case. {@code protobuf} names none.
     */
    boolean namesLicense(String word) {
        String w = compact(word);
        if (w.length() < 2) {
            return false;
        }
        for (String id : compactIds) {
            if (id.startsWith(w)) {
                return true;
            }
        }
        for (String first : firstParts) {
            if (w.startsWith(first) && VERSION.matcher(w.substring(first.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern VERSION = Pattern.compile("v?[0-9]*");

    /** Letters and digits only, in lower case: how a file name writes an id ({@code apache20}). */
    private static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether {@code id} is an id of the catalogue (a listed SPDX id or one of levermap's LicenseRefs). */
    boolean knows(String id) {
        return references.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The word order of a reference, read from the SPDX list or levermap's LicenseRefs the first time. */
    ReferenceOrder order(ReferenceLicense reference) {
        return orders.computeIfAbsent(reference.id() + "\u0000" + reference.name(), k -> orderCache == null
                ? ReferenceOrder.of(texts(reference)) : orderCache.get(reference, () -> ReferenceOrder.of(texts(reference))));
    }

    private static LicenseTemplate.Texts texts(ReferenceLicense reference) {
        for (LicenseRefs.Entry e : LicenseRefs.entries()) {
            if (e.id().equals(reference.id()) && e.name().equals(reference.name())) {
                return new LicenseTemplate.Texts(LicenseRefs.text(e), "");
            }
        }
        return SpdxLicenses.texts(reference.id(), reference.name().endsWith(SpdxLicenses.NOTICE))
                .orElse(new LicenseTemplate.Texts("", ""));
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
