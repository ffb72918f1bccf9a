package org.levermap.collect.license;

import java.util.HashSet;
import java.util.Set;
import org.levermap.model.LicenseFamily;

/**
 * A license that files are compared with.
 *
 * @param id SPDX id or {@code LicenseRef-…}
 * @param name full name
 * @param family its family
 * @param required normalised words every copy of the license has
 * @param optional normalised words a copy may have (optional sections, fields), none of {@code required}
 * @param choicePhrases the {@link ChoicePhrases} its own text contains (to tell them from a file's)
 * @param ownHolders holders named in the license text itself (the FSF in the GPL, MariaDB in the
 *     BUSL), which are never a project's copyright holders
 */
record ReferenceLicense(
        String id,
        String name,
        LicenseFamily family,
        Words required,
        Words optional,
        Set<String> choicePhrases,
        Set<String> ownHolders) {

    /** Builds a reference from a license's required and optional text. */
    static ReferenceLicense of(String id, String name, String requiredText, String optionalText) {
        Set<String> holders = new HashSet<>();
        CopyrightNotices.holders(requiredText + "\n" + optionalText)
                .forEach(h -> holders.add(CopyrightNotices.key(h.name())));
        String normalised = LicenseText.normalise(requiredText);
        Words required = LicenseText.wordsOfNormalised(normalised);
        Set<String> optional = new HashSet<>(LicenseText.words(optionalText).set());
        optional.removeAll(required.set());
        return new ReferenceLicense(id, name, LicenseFamilies.of(id), required, new Words(optional),
                ChoicePhrases.in(normalised + "\n" + LicenseText.normalise(optionalText)), Set.copyOf(holders));
    }

    public ReferenceLicense {
        choicePhrases = Set.copyOf(choicePhrases);
        ownHolders = Set.copyOf(ownHolders);
    }

    /** Whether this is on the SPDX License List (not a {@code LicenseRef-}). */
    boolean listed() {
        return !id.startsWith("LicenseRef-");
    }

    /**
     * Sørensen–Dice coefficient of a file's words and this license's words, the optional words
     * counting only where the file has them.
     */
    double score(Words file) {
        int present = file.overlap(optional);
        int overlap = file.overlap(required) + present;
        int size = required.size() + present;
        return size + file.size() == 0 ? 0 : 2.0 * overlap / (file.size() + size);
    }

    /** How many of this license's words the file has. */
    int explained(Words file) {
        return file.overlap(required) + file.overlap(optional);
    }

    /**
     * Words that differ: those of the file this license lacks, plus those of this license (required,
     * or optional ones the file has) the file lacks.
     */
    int mismatches(Words file) {
        int present = file.overlap(optional);
        int shared = file.overlap(required) + present;
        return file.size() + required.size() + present - 2 * shared;
    }

    /** Smallest number of words a matching copy has. */
    int minSize() {
        return required.size();
    }

    /** Largest number of words a matching copy has. */
    int maxSize() {
        return required.size() + optional.size();
    }
}
