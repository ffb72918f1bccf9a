package org.levermap.model.change;

import java.util.List;
import org.levermap.model.Concentration;

/** The bus factor falling is notable, falling to 1 an alert; rising is info. */
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
        Severity severity = is > was ? Severity.INFO : is <= 1 ? Severity.ALERT : Severity.NOTABLE;
        String summary = is > was ? "The bus factor rose from " + was + " to " + is + "."
                : is <= 1 ? "The bus factor fell to " + is + ": one author makes half of the commits."
                : "The bus factor fell from " + was + " to " + is + ".";
        return List.of(step.change(ChangeKind.BUS_FACTOR, severity, null, String.valueOf(was), String.valueOf(is),
                summary, List.of()));
    }
}
