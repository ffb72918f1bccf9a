package org.levermap.model.repo;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One file as read: its record (null when it could not be bound), its problems, and the findings
 * still to be located. Locating needs a second pass over the text (a {@link SourceMap}), made only
 * for files that have findings: a clean file is parsed once.
 */
final class ParsedFile<T extends Record> {

    private final String file;
    private final T value;
    private final String text;
    private final YAMLFactory factory;
    private final List<Problem> problems;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reported;

    ParsedFile(String file, T value, String text, YAMLFactory factory, List<Problem> problems, List<Finding> findings,
            Set<String> reported) {
        this.file = file;
        this.value = value;
        this.text = text;
        this.factory = factory;
        this.problems = problems;
        this.findings.addAll(findings);
        this.reported = reported;
    }

    /** A file that could not be parsed at all. */
    ParsedFile(String file, List<Problem> problems) {
        this(file, null, null, null, problems, List.of(), Set.of());
    }

    String file() {
        return file;
    }

    T value() {
        return value;
    }

    /** Pointers of values whose reading failed, so later checks do not report them again as missing. */
    Set<String> reported() {
        return reported;
    }

    /** Whether the file was read without any problem or finding so far (before reference checks). */
    boolean clean() {
        return value != null && problems.isEmpty() && findings.isEmpty() && reported.isEmpty();
    }

    void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    /** Every problem, the findings located in the text. */
    List<Problem> problems() {
        if (findings.isEmpty()) {
            return problems;
        }
        SourceMap map = text == null ? null : SourceMap.build(factory, text);
        List<Problem> all = new ArrayList<>(problems);
        for (Finding f : findings) {
            all.add(f.locate(file, map));
        }
        return all;
    }
}
