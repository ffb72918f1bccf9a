package org.levermap.collect.license;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a reference license's words, which the word sets of the catalogue leave out: the
 * sequence of its required text, and the bigrams (pairs of consecutive words) of its required and
 * optional text. Built only for the license a text is closest to, from the same sources as the
 * catalogue.
 *
 * @param required the required text's words in order
 * @param bigrams every bigram of the required and of the optional text, as "word word"
 */
record ReferenceOrder(List<String> required, Set<String> bigrams) {

    ReferenceOrder {
        required = List.copyOf(required);
        bigrams = Set.copyOf(bigrams);
    }

    /** The order of a license given by its required and optional text. */
    static ReferenceOrder of(LicenseTemplate.Texts texts) {
        List<String> required = LicenseText.sequence(LicenseText.normalise(texts.required()));
        Set<String> bigrams = new HashSet<>(bigrams(required));
        bigrams.addAll(bigrams(LicenseText.sequence(LicenseText.normalise(texts.full()))));
        // Optional sections and fields are apart in the template; each of them is one piece here.
        for (String piece : texts.optional().split("\n")) {
            bigrams.addAll(bigrams(LicenseText.sequence(LicenseText.normalise(piece))));
        }
        return new ReferenceOrder(required, bigrams);
    }

    /** The bigrams of a word sequence. */
    static Set<String> bigrams(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + " " + words.get(i));
        }
        return out;
    }
}
