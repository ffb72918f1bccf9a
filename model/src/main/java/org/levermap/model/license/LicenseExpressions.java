package org.levermap.model.license;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.levermap.model.LicenseFamily;

/**
 * The family of an SPDX license expression. A user of {@code A OR B} may pick either license, so the
 * expression is as restrictive as its <b>least</b> restrictive choice; a user of {@code A AND B} must
 * honour both, so it is as restrictive as its <b>most</b> restrictive term. {@code A WITH E} keeps its
 * exception: it is one term, judged by its license {@code A}. {@code AND} binds tighter than {@code OR},
 * as the SPDX specification says. A choice nobody can classify does not make an {@code OR} unknown (the
 * other choice is still open); an unknown term makes an {@code AND} unknown.
 */
public final class LicenseExpressions {

    private LicenseExpressions() {
    }

    /** The family of {@code expression}; {@link LicenseFamily#UNKNOWN} for null, blank or unparsable text. */
    public static LicenseFamily family(String expression) {
        if (expression == null || expression.isBlank()) {
            return LicenseFamily.UNKNOWN;
        }
        Parser parser = new Parser(tokens(expression));
        LicenseFamily family = parser.or();
        return parser.atEnd() && !parser.broken ? family : LicenseFamily.UNKNOWN;
    }

    private static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        for (String raw : expression.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            String upper = raw.toUpperCase(Locale.ROOT);
            tokens.add(upper.equals("AND") || upper.equals("OR") || upper.equals("WITH") ? upper : raw);
        }
        return tokens;
    }

    /** Recursive descent over or := and (OR and)*, and := term (AND term)*, term := id [WITH id] | ( or ). */
    private static final class Parser {

        private static final Comparator<LicenseFamily> RESTRICTIVENESS = Comparator.comparingInt(Enum::ordinal);

        private final List<String> tokens;
        private int next;
        /** Set on a syntax error: an expression that does not parse has no family. */
        private boolean broken;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return next == tokens.size();
        }

        LicenseFamily or() {
            List<LicenseFamily> choices = new ArrayList<>(List.of(and()));
            while (accept("OR")) {
                choices.add(and());
            }
            List<LicenseFamily> known = choices.stream().filter(f -> f != LicenseFamily.UNKNOWN).toList();
            return known.isEmpty() ? LicenseFamily.UNKNOWN : known.stream().min(RESTRICTIVENESS).orElseThrow();
        }

        LicenseFamily and() {
            LicenseFamily worst = term();
            while (accept("AND")) {
                LicenseFamily other = term();
                worst = RESTRICTIVENESS.compare(other, worst) > 0 ? other : worst;
            }
            return worst;
        }

        LicenseFamily term() {
            if (accept("(")) {
                LicenseFamily inner = or();
                broken |= !accept(")");
                return inner;
            }
            if (atEnd() || isOperator(tokens.get(next))) {
                broken = true;
                return LicenseFamily.UNKNOWN;
            }
            LicenseFamily family = LicenseFamilies.of(tokens.get(next++));
            if (accept("WITH")) {
                // The exception narrows the license's conditions but does not change its family.
                broken |= atEnd();
                next = Math.min(next + 1, tokens.size());
            }
            return family;
        }

        private boolean accept(String token) {
            if (!atEnd() && tokens.get(next).equals(token)) {
                next++;
                return true;
            }
            return false;
        }

        private static boolean isOperator(String token) {
            return token.equals("AND") || token.equals("OR") || token.equals("WITH") || token.equals(")");
        }
    }
}
