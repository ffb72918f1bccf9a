package org.levermap.model.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levermap.model.LicenseFacts;

/**
 * Who the license files name as the project's own copyright holders. A license file opens with the
 * project's copyright line(s) (MIT, BSD and the BUSL's parameters put them in the first lines); lines
 * further down belong to third-party texts appended to it, such as a bundled library's notice after
 * the Apache terms. So a line counts only within the first {@value #OPENING_LINES} lines of its file and
 * within {@value #BLOCK_LINES} lines of the file's first copyright line. For a fork, holders of the
 * upstream are left out: their lines came with the code the fork took, and give them no right over the
 * fork's license.
 */
final class Licensor {

    /** How far below a file's first copyright line a line still belongs to the same notice. */
    static final int BLOCK_LINES = 5;

    /** How deep into a license file the project's own notice may start. */
    static final int OPENING_LINES = 50;

    private Licensor() {
    }

    /** The project's own copyright holders, in file order. */
    static List<LicenseFacts.CopyrightHolder> ownHolders(Facts facts) {
        LicenseFacts license = facts.license();
        if (license == null) {
            return List.of();
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (LicenseFacts.CopyrightHolder h : license.copyrightHolders()) {
            if (h != null && h.evidence() != null && h.evidence().line() != null) {
                firstLine.merge(String.valueOf(h.evidence().path()), h.evidence().line(), Math::min);
            }
        }
        List<LicenseFacts.CopyrightHolder> own = new ArrayList<>();
        for (LicenseFacts.CopyrightHolder h : license.copyrightHolders()) {
            if (h == null) {
                continue;
            }
            Integer line = h.evidence() == null ? null : h.evidence().line();
            boolean appended = line != null && (line > OPENING_LINES
                    || line > firstLine.get(String.valueOf(h.evidence().path())) + BLOCK_LINES);
            boolean upstream = h.actor() != null && facts.isUpstreamOwner(facts.actors.group(h.actor(), facts.date));
            if (!appended && !upstream) {
                own.add(h);
            }
        }
        return own;
    }

    /** The one group the project's own copyright lines name, when every line names a known actor of it. */
    static Optional<String> of(Facts facts) {
        List<LicenseFacts.CopyrightHolder> own = ownHolders(facts);
        Set<String> groups = new TreeSet<>();
        for (LicenseFacts.CopyrightHolder h : own) {
            if (h.actor() == null) {
                return Optional.empty();
            }
            groups.add(facts.actors.group(h.actor(), facts.date));
        }
        return groups.size() == 1 ? Optional.of(groups.iterator().next()) : Optional.empty();
    }
}
