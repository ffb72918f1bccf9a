package org.levermap.model.change;

import java.util.List;
import org.levermap.model.phrase.Arg;
import org.levermap.model.Concentration;
import org.levermap.model.phrase.Phrase;

/**
 * The bus factor moving: a step of one either way, and any rise, is info (signal over noise); a fall of
 * two or more is notable, and to 1 an alert.
 */
final class BusFactorRule implements ChangeRule {

    @Override
    public List<Change> changes(Step step) {
        Concentration before = ConcentrationRule.concentration(step.before());
        Concentration after = ConcentrationRule.concentration(step.after());
        if (before == null || after == null || before.busFactor() == null || after.busFactor() == null
                || before.busFactor().equals(after.busFactor())) {
            return List.of();
        }
        int was = before.busFactor();
        int is = after.busFactor();
        // A step of one either way is routine churn in who happened to commit most that year: info.
        Severity severity = is > was || was - is == 1 ? Severity.INFO : is <= 1 ? Severity.ALERT : Severity.NOTABLE;
        Phrase summary = Phrase.of(is > was ? ChangeText.BUS_FACTOR_ROSE : is <= 1 ? ChangeText.BUS_FACTOR_ONE
                : ChangeText.BUS_FACTOR_FELL).count("was", was).count("is", is);
        return List.of(step.change(ChangeKind.BUS_FACTOR, severity, null, new Arg.Count(was), new Arg.Count(is),
                summary, List.of()));
    }
}
