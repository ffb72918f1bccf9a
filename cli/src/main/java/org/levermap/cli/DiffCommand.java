package org.levermap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.change.Change;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.change.ProjectHistory;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.DateText;
import org.levermap.render.link.EvidenceLinks;
import org.levermap.render.words.Phrasebook;
import org.levermap.render.words.Words;
import org.levermap.render.words.WordsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap diff ID [FROM [TO]]}: a project's change log on the terminal. */
@Command(name = "diff",
        description = {"Print what changed in a project's levers between two snapshots.",
                "Every change between consecutive snapshots from FROM to TO, with its severity (alert, notable, info),",
                "from and to, and its evidence. Without FROM and TO: the two newest snapshots; with FROM only: FROM to",
                "the newest. Exits 0 whether or not anything changed."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap diff widget -C site",
                "  levermap diff widget 2023-01-31 2024-01-31 -C site"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The project id (its folder under projects/).")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FROM", description = "The earlier snapshot date, YYYY-MM-DD.")
    String from;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "The later snapshot date. Default: the newest.")
    String to;

    @Mixin
    DataRepositoryOption data;

    @Override
    public Integer call() {
        Path dir = data.root();
        PrintWriter out = spec.commandLine().getOut();
        DataRepository repo = Paths.load(dir, spec.commandLine().getErr());
        Project project = repo.projects().get(id);
        if (project == null) {
            throw new UserException("no project '" + id + "' in " + Paths.display(dir) + "; projects: "
                    + String.join(", ", repo.projects().keySet()));
        }
        List<Snapshot> snapshots = repo.snapshotsOf(id);
        if (snapshots.size() < 2) {
            out.printf("%s has %d snapshot%s: nothing to compare yet%n", project.name(), snapshots.size(),
                    snapshots.size() == 1 ? "" : "s");
            return ExitCode.OK;
        }
        int last = to == null ? snapshots.size() - 1 : indexOf(snapshots, to);
        int first = from == null ? (to == null ? last - 1 : 0) : indexOf(snapshots, from);
        if (first >= last) {
            throw new UserException("FROM (" + snapshots.get(first).date() + ") must be before TO ("
                    + snapshots.get(last).date() + ")", ExitCode.USAGE);
        }
        ChangeLog log = ChangeLog.of(repo);
        ProjectHistory history = log.history(id);
        Words words;
        try {
            words = new Words(Phrasebook.of(dir), log.assessor().actors());
        } catch (WordsException e) {
            throw new UserException(e.getMessage(), ExitCode.DATA);
        }
        EvidenceLinks links = new EvidenceLinks();
        out.printf("%s: %s → %s%n", project.name(), snapshots.get(first).date(), snapshots.get(last).date());
        int total = 0;
        for (int i = first + 1; i <= last; i++) {
            Snapshot s = snapshots.get(i);
            List<Change> changes = history.summary().changesOn(s.date());
            out.printf("%n%s (since %s): %s%n", s.date(), snapshots.get(i - 1).date(),
                    changes.isEmpty() ? "no change" : ValidateCommand.plural(changes.size(), "change"));
            for (Change c : changes) {
                print(out, links, words, project, c);
            }
            total += changes.size();
        }
        out.printf("%n%s in total%n", ValidateCommand.plural(total, "change"));
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, EvidenceLinks links, Words words, Project project, Change c) {
        String what = words.title(c.kind()) + (c.subject() == null ? "" : " " + words.value(c.subject()));
        out.printf(Locale.ROOT, "  %-8s %-24s %s → %s%n", c.severity().keyword().toUpperCase(Locale.ROOT), what,
                words.value(c.from()), words.value(c.to()));
        out.printf("           %s%n", words.say(c.summary()));
        for (var e : c.evidence()) {
            String link = e.source() != null ? links.source(e.source()) : links.of(project.repository(), e.evidence());
            String text = e.source() != null ? e.source() : EvidenceLinks.text(e.evidence());
            out.printf("           evidence: %s%s%n", text, link == null || link.equals(text) ? "" : " " + link);
        }
    }

    private int indexOf(List<Snapshot> snapshots, String date) {
        LocalDate day;
        try {
            day = DateText.parse(date);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE);
        }
        for (int i = 0; i < snapshots.size(); i++) {
            if (snapshots.get(i).date().equals(day)) {
                return i;
            }
        }
        throw new UserException("project '" + id + "' has no snapshot of " + date + "; its snapshots: "
                + String.join(", ", snapshots.stream().map(s -> s.date().toString()).toList()));
    }
}
