package org.levermap.collect.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Kubernetes-style OWNERS file (YAML): the handles under {@code approvers}, {@code
 * reviewers} and their emeritus lists, also inside {@code filters}. An OWNERS file that is not YAML
 * (a list of names) is read as a MAINTAINERS-style file instead.
 */
public final class OwnersFileParser {

    private static final Set<String> ROLES = Set.of("approvers", "reviewers", "emeritus_approvers", "emeritus_reviewers");

    private OwnersFileParser() {
    }

    /** The people of an OWNERS file. */
    public static List<MaintainersParser.Person> parse(String text) {
        List<MaintainersParser.Person> people = new ArrayList<>();
        for (YamlScalars.Scalar s : YamlScalars.read(text)) {
            String key = s.key() == null ? null : s.key().toLowerCase(Locale.ROOT);
            if (key == null || !ROLES.contains(key) || s.value() == null || s.value().isBlank()) {
                continue;
            }
            String handle = s.value().strip().replaceFirst("^@", "");
            people.add(new MaintainersParser.Person(handle, null, handle, key.replace('_', ' '), s.line()));
        }
        return people.isEmpty() ? MaintainersParser.parse(text) : people;
    }
}
