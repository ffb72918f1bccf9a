package org.levermap.render.view;

import java.util.List;
import org.levermap.model.phrase.Arg;
import org.levermap.model.phrase.Phrase;

/**
 * One change between two snapshots.
 *
 * @param project the project
 * @param date the snapshot showing it
 * @param since the snapshot before
 * @param kind stable name of the kind
 * @param kindLabel the kind for people
 * @param severity info, notable or alert
 * @param subject what exactly, or null
 * @param from value before
 * @param to value after
 * @param summary one sentence
 * @param evidence commits and sources
 * @param href the snapshot page with the anchor of this change
 * @param anchor the anchor alone
 * @param summaryPhrase the summary as the model states it (key and arguments), for the JSON API
 * @param fromValue {@code from} as the model states it (an actor's id, a value), null for none
 * @param toValue {@code to} likewise
 * @param subjectValue {@code subject} as the model states it (a value or a statement), null for none
 */
public record ChangeView(Ref project, String date, String since, String kind, String kindLabel, String severity,
        String subject, String from, String to, String summary, List<ExtLink> evidence, String href, String anchor,
        Phrase summaryPhrase, Arg fromValue, Arg toValue, Arg subjectValue) {
}
