package org.levermap.render.view;

import java.util.List;
import org.levermap.model.Evidence;
import org.levermap.model.assess.Citation;
import org.levermap.render.link.EvidenceLinks;
import org.levermap.render.link.SafeUrl;
import org.levermap.render.words.Words;

/** Builds links out of the site; anything that cannot be linked safely becomes text. */
final class Links {

    private final EvidenceLinks evidence;
    private final Words words;

    Links(EvidenceLinks evidence, Words words) {
        this.evidence = evidence;
        this.words = words;
    }

    /** The forge of a repository, parsed once per build. */
    java.util.Optional<org.levermap.render.link.Forge> forge(String repository) {
        return evidence.forge(repository);
    }

    static ExtLink url(String text, String url) {
        return new ExtLink(text, SafeUrl.of(url));
    }

    /** A URL shown as itself; null for null. */
    static ExtLink url(String url) {
        return url == null ? null : new ExtLink(url, SafeUrl.of(url));
    }

    ExtLink source(String source) {
        return source == null ? null : new ExtLink(source, evidence.source(source));
    }

    /** Collected evidence in {@code repository}, shown as {@code path:line @ commit}. */
    ExtLink evidence(String repository, Evidence e) {
        return e == null ? null : new ExtLink(EvidenceLinks.text(e), evidence.of(repository, e));
    }

    ExtLink labelled(String repository, String label, Evidence e) {
        return e == null ? null : new ExtLink(label + ": " + EvidenceLinks.text(e), evidence.of(repository, e));
    }

    /** A citation, its label worded here and kept as a statement for the JSON API. */
    ExtLink citation(String repository, Citation c) {
        String label = words.say(c.label());
        if (c.source() != null) {
            return new ExtLink(label, evidence.source(c.source()), c.label());
        }
        ExtLink link = labelled(repository, label, c.evidence());
        return link == null ? null : new ExtLink(link.text(), link.url(), c.label());
    }

    List<ExtLink> citations(String repository, List<Citation> citations) {
        return citations.stream().map(c -> citation(repository, c)).toList();
    }
}
