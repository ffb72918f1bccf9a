package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.levermap.model.Concentration;
import org.levermap.model.DocumentKind;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LicenseFamily;
import org.levermap.model.StewardshipFacts;

/** When each {@link Flag} is raised, one line per flag. */
final class FlagRules {

    /** The levers that together amount to control of a project. */
    static final Set<Lever> CONTROL = EnumSet.of(Lever.LEGAL_ENTITY, Lever.BRAND, Lever.DECISIONS, Lever.ADMINS,
            Lever.LICENSE_CHANGE);

    private static final Set<LicenseFamily> RESTRICTIVE = EnumSet.of(LicenseFamily.SOURCE_AVAILABLE,
            LicenseFamily.NON_COMMERCIAL, LicenseFamily.PROPRIETARY);

    /** What the flag rules read: the facts and what the assessment already concluded. */
    record Input(Facts facts, List<Holding> sole, List<Answer> answers, ForkStatus fork) {
    }

    private static final Map<Flag, Predicate<Input>> RULES = rules();

    private static Map<Flag, Predicate<Input>> rules() {
        Map<Flag, Predicate<Input>> rules = new LinkedHashMap<>();
        rules.put(Flag.SINGLE_ACTOR_CONTROL, in -> in.sole().stream().filter(h -> CONTROL.contains(h.lever()))
                .collect(java.util.stream.Collectors.groupingBy(Holding::actor, java.util.stream.Collectors.counting()))
                .values().stream().anyMatch(n -> n >= 3));
        rules.put(Flag.LICENSE_SINGLE_ACTOR, in -> in.answers().stream()
                .anyMatch(a -> a.question() == Question.LICENSE && a.status() == AnswerStatus.SINGLE_ACTOR));
        rules.put(Flag.CLA, in -> in.facts().claRequired());
        rules.put(Flag.RESTRICTIVE_LICENSE, in -> {
            LicenseFacts l = in.facts().license();
            return l != null && (RESTRICTIVE.contains(in.facts().licenseFamily()) || l.spdx() == null
                    || "NONE".equalsIgnoreCase(l.spdx()));
        });
        rules.put(Flag.ONE_ORGANISATION, in -> Concentrations.topOrganisationShare(in.facts().concentration())
                > Facts.MAJORITY);
        rules.put(Flag.BUS_FACTOR_ONE, in -> {
            Concentration c = in.facts().concentration();
            return c != null && c.busFactor() != null && c.busFactor() == 1;
        });
        rules.put(Flag.NO_GOVERNANCE, in -> in.facts().snapshot != null
                && !in.facts().hasDocument(DocumentKind.GOVERNANCE) && !in.facts().documented(Lever.DECISIONS));
        rules.put(Flag.UNSIGNED_RELEASES, in -> {
            StewardshipFacts s = in.facts().snapshot == null ? null : in.facts().snapshot.stewardship();
            return s != null && s.tags() != null && s.tags() > 0 && s.signedTags() != null && s.signedTags() == 0;
        });
        rules.put(Flag.HARD_FORK, in -> in.fork() != null && in.fork().kind() == ForkKind.HARD);
        return java.util.Collections.unmodifiableMap(rules);
    }

    private FlagRules() {
    }

    static List<Flag> raised(Input input) {
        List<Flag> flags = new ArrayList<>();
        RULES.forEach((flag, rule) -> {
            if (rule.test(input)) {
                flags.add(flag);
            }
        });
        return flags;
    }
}
