package org.levermap.render.view;

import java.util.List;
import org.levermap.model.phrase.Phrase;

/**
 * A fork relation.
 *
 * @param fork the fork
 * @param upstream the project it was forked from
 * @param kind soft, hard, or unknown when no snapshot shows the lineage
 * @param forkDate the fork point's date, or null
 * @param lastSync the last sync, or null
 * @param ahead commits ahead of upstream, or null
 * @param behind commits behind upstream, or null
 * @param reasons why the fork is hard, in words
 * @param reasonCodes the same reasons as codes, in the same order
 * @param reasonPhrases the same reasons as the model states them (key and arguments), for the JSON API
 */
public record ForkView(Ref fork, Ref upstream, String kind, String forkDate, String lastSync, Integer ahead,
        Integer behind, List<String> reasons, List<String> reasonCodes, List<Phrase> reasonPhrases) {
}
