package org.levermap.model.change;

import java.util.List;
import java.util.Objects;
import org.levermap.model.phrase.Phrase;

/** The steward changing: from one actor to another is notable; appearing or vanishing from the data is info. */
final class StewardshipRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        String was = step.was().stewardId();
        String is = step.is().stewardId();
        if (Objects.equals(was, is)) {
            return List.of();
        }
        Severity severity = was != null && is != null ? Severity.NOTABLE : Severity.INFO;
        Phrase summary = is == null ? Phrase.of(ChangeText.STEWARD_UNKNOWN)
                : Phrase.of(ChangeText.STEWARD_CHANGED).actor("steward", is).part("reason", step.is().steward().reason());
        return List.of(step.actorChange(ChangeKind.STEWARD, severity, null, was, is, summary,
                List.of()));
    }
}
