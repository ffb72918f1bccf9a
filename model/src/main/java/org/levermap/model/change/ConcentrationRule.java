package org.levermap.model.change;

import java.util.List;
import org.levermap.model.phrase.Arg;
import org.levermap.model.Concentration;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.Concentrations;
import org.levermap.model.phrase.Phrase;

/**
 * Concentration crossing 50%: one organisation coming to make more than half of the commits is
 * notable; falling back to half or less is info.
 */
final class ConcentrationRule implements ChangeRule {


    @Override
    public List<Change> changes(Step step) {
        Concentration before = concentration(step.before());
        Concentration after = concentration(step.after());
        if (before == null || after == null || before.organisations().isEmpty() || after.organisations().isEmpty()) {
            return List.of();
        }
        double was = Concentrations.topOrganisationShare(before);
        double is = Concentrations.topOrganisationShare(after);
        Arg top = Concentrations.topOrganisation(after).map(o -> (Arg) new Arg.Text(o.name()))
                .orElse(new Arg.Part(Phrase.of(ChangeText.NO_ORGANISATION)));
        Arg from = new Arg.Share(was);
        Arg to = new Arg.Share(is);
        if (was <= Concentrations.MAJORITY && is > Concentrations.MAJORITY) {
            return List.of(step.change(ChangeKind.CONCENTRATION, Severity.NOTABLE, top, from, to,
                    Phrase.of(ChangeText.CONCENTRATION_MAJORITY).with("organisation", top), List.of()));
        }
        if (was > Concentrations.MAJORITY && is <= Concentrations.MAJORITY) {
            return List.of(step.change(ChangeKind.CONCENTRATION, Severity.INFO, top, from, to,
                    Phrase.of(ChangeText.CONCENTRATION_NO_MAJORITY), List.of()));
        }
        return List.of();
    }

    static Concentration concentration(Snapshot s) {
        return s.contribution() == null ? null : s.contribution().concentration();
    }
}
