package org.levermap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.levermap.collect.CollectException;
import org.levermap.collect.CollectRequest;
import org.levermap.collect.CollectResult;
import org.levermap.collect.GitCollector;
import org.levermap.collect.Period;
import org.levermap.collect.Progress;
import org.levermap.model.Project;
import org.levermap.model.Snapshot;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.DateText;
import org.levermap.model.repo.RepositoryLayout;
import org.levermap.model.repo.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code levermap collect ID... | --all}: reads projects' git repositories into dated snapshots. */
@Command(name = "collect",
        description = {"Read projects' git repositories into dated snapshots.",
                "The repository is 'repository:' of projects/ID/project.yaml: a local path",
                "(relative to the data repository) or a URL, cloned into a cache and fetched",
                "on later runs. The default branch's first-parent line is the project's",
                "history; a snapshot describes the repository as of its date (the last",
                "first-parent commit on or before it). Snapshots are never overwritten",
                "without --force."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap collect redis                  # today's snapshot",
                "  levermap collect -C site --all          # every project of site/",
                "  levermap collect terraform --as-of 2023-08-31",
                "  levermap collect redis --history monthly --since 2021-01",
                "                                          # month ends; existing ones kept",
                "  levermap collect --all --shard 2/4      # the second of four machines"})
final class CollectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The projects to collect (their folder names under projects/).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Collect every project of the data repository.")
    boolean all;

    @Mixin
    RepositoryOptions folders;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Describe the repository as it was on DATE (YYYY-MM-DD). Default: today (UTC).")
    String asOf;

    @Option(names = "--history", paramLabel = "PERIOD",
            description = "Write a snapshot for every period end from --since to --as-of: monthly or quarterly."
                    + " Dates that have a snapshot already are skipped.")
    String history;

    @Option(names = "--since", paramLabel = "DATE", description = "First period of --history: YYYY-MM or YYYY-MM-DD.")
    String since;

    @Option(names = "--force", description = "Replace snapshots of the same dates.")
    boolean force;

    @Option(names = "--offline", description = "Read git only, and do not fetch remote repositories that are cloned"
            + " already (read the cache as it is); no forge, hub, registry or domain API is asked.")
    boolean offline;

    // Sources beyond git (issue 12): --sources, --api, --api-timeout.
    @Mixin
    PlatformOptions platformOptions;

    // Issue 14: N machines each collect one part of --all; their snapshot files never overlap.
    @Option(names = "--shard", paramLabel = "I/N",
            description = "With --all: collect only shard I of N (1 ≤ I ≤ N), the projects a hash of their id gives"
                    + " to it; the N shards together are --all, each project in exactly one.")
    String shard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkSelection();
        Shard part = shard();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate until = asOf == null ? today : date("--as-of", asOf);
        if (until.isAfter(today)) {
            throw new ParameterException(spec.commandLine(), "--as-of " + until + " is in the future (today is " + today + ")");
        }
        List<LocalDate> dates = dates(until);

        Progress progress = System.console() != null && !"dumb".equals(System.getenv("TERM"))
                ? new TerminalProgress(System.err, err) : new PlainProgress(err);
        // Made before the data files are read: it starts loading the license catalogue and JGit's own
        // start on the other core meanwhile (README, Start-up).
        // Closed on every way out: its background work writes the license catalogue into the cache folder,
        // which must not go on after the command has answered (a typo, say).
        try (GitCollector collector = new GitCollector(folders.cache(), !offline, progress)) {
            // Not through the parsed-record cache (build's and validate's): it would write .cache/ entries for
            // every project's files, and a shard writes only its own projects' files (ShardedCollectTest).
            // The snapshots are not read: collect reads none of them (a shard of a repository of 10,000
            // projects would otherwise parse every snapshot of every project before its first clone).
            DataRepository data = Paths.loadWithoutSnapshots(folders.root(), err);
            List<Project> projects = projects(data);
            if (part != null) {
                int total = projects.size();
                projects.removeIf(p -> !part.owns(p.id()));
                out.printf("shard %s: %d of %d projects%n", part, projects.size(), total);
            }
            // Named projects fail at once on a snapshot that exists; --all keeps it and goes on.
            if (history == null && !all) {
                for (Project p : projects) {
                    Path file = RepositoryLayout.snapshotFile(folders.root(), p.id(), until);
                    if (Files.exists(file) && !force) {
                        throw new UserException(display(file) + " exists already; snapshots are never rewritten"
                                + " (use --force to replace it)");
                    }
                }
            }

            String tool = "levermap " + VersionProvider.version();
            var platforms = platformOptions.chosen(spec, offline);
            var platformCollector = platformOptions.collector(spec, platforms, folders.cache(), today, tool);
            int failed = 0;
            for (Project project : projects) {
                List<LocalDate> wanted = new ArrayList<>();
                int existing = 0;
                for (LocalDate d : dates) {
                    if (!force && Files.exists(RepositoryLayout.snapshotFile(folders.root(), project.id(), d))) {
                        existing++;
                    } else {
                        wanted.add(d);
                    }
                }
                if (wanted.isEmpty()) {
                    out.printf(history == null ? "%s: the snapshot of " + until + " exists already; kept%n"
                            : "%s: every snapshot exists already (%d); nothing to do%n", project.id(), existing);
                    continue;
                }
                try {
                    Project upstream = project.upstream() == null ? null : data.projects().get(project.upstream());
                    CollectResult result = collector.collect(new CollectRequest(project.id(), project.repository(),
                            project.branch(), wanted, data.actors().values(), tool, folders.root(),
                            upstream == null ? null : new CollectRequest.Upstream(upstream.id(), upstream.repository(),
                                    upstream.branch())));
                    result = PlatformOptions.addTo(platformCollector, platforms, result, project, today, progress, err);
                    write(out, err, project, result, existing);
                } catch (CollectException e) {
                    progress.end();
                    err.println("levermap: " + project.id() + ": " + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? ExitCode.OK : ExitCode.DATA;
        }
    }

    private void write(PrintWriter out, PrintWriter err, Project project, CollectResult result, int existing) {
        for (String w : result.warnings()) {
            err.println("levermap: warning: " + project.id() + ": " + w);
        }
        for (CollectResult.Skipped s : result.skipped()) {
            err.println("levermap: " + project.id() + ": no snapshot for " + s.date() + ": " + s.reason());
        }
        List<Path> written = new ArrayList<>();
        for (Snapshot s : result.snapshots()) {
            try {
                written.add(SnapshotWriter.write(folders.root(), s, force));
            } catch (FileAlreadyExistsException e) {
                throw new UserException(e.getReason());
            } catch (IOException e) {
                throw new UserException("cannot write the snapshot of " + project.id() + " for " + s.date() + ": "
                        + e.getMessage(), ExitCode.FAILURE);
            }
        }
        if (result.snapshots().size() == 1) {
            Snapshot s = result.snapshots().get(0);
            out.printf("%s: wrote %s (%s at %s, %s; license %s, %s in the last year)%n", project.id(),
                    display(written.get(0)), result.branch(), s.provenance().commit().substring(0, 12),
                    s.provenance().commitDate(), s.license().spdx(),
                    ValidateCommand.plural(s.contribution().concentration().authors(), "author"));
        } else if (!result.snapshots().isEmpty()) {
            out.printf("%s: wrote %d snapshots, %s to %s (%s, %d commits read)%s%n", project.id(), written.size(),
                    result.snapshots().get(0).date(), result.snapshots().get(result.snapshots().size() - 1).date(),
                    result.branch(), result.commits(), existing > 0 ? "; kept " + existing + " existing" : "");
        }
    }

    private void checkSelection() {
        if (all && !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give project ids or --all, not both");
        }
        if (!all && ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "which projects? Give their ids, or --all");
        }
        if (history == null && since != null) {
            throw new ParameterException(spec.commandLine(), "--since goes with --history monthly|quarterly");
        }
        if (shard != null && !all) {
            throw new ParameterException(spec.commandLine(), "--shard goes with --all: it splits every project of"
                    + " the data repository between machines");
        }
        if (history != null && since == null) {
            throw new ParameterException(spec.commandLine(), "--history needs --since: the first month to backfill (YYYY-MM)");
        }
    }

    private Shard shard() {
        try {
            return shard == null ? null : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--shard " + e.getMessage());
        }
    }

    private List<LocalDate> dates(LocalDate until) {
        if (history == null) {
            return List.of(until);
        }
        Period period;
        try {
            period = Period.valueOf(history.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--history is monthly or quarterly, not '" + history + "'");
        }
        LocalDate from;
        try {
            from = since.length() == 7 ? YearMonth.parse(since).atDay(1) : DateText.parse(since);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since '" + since + "' is not a month (YYYY-MM) or a date (YYYY-MM-DD)");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--since " + e.getMessage());
        }
        if (from.isAfter(until)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " is after " + until);
        }
        List<LocalDate> ends = period.ends(from, until);
        if (ends.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no " + history.toLowerCase(Locale.ROOT) + " period ends between "
                    + from + " and " + until);
        }
        return ends;
    }

    private LocalDate date(String option, String text) {
        try {
            return DateText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
        }
    }

    private List<Project> projects(DataRepository data) {
        if (all) {
            if (data.projects().isEmpty()) {
                throw new UserException(Paths.display(folders.root()) + " has no projects to collect");
            }
            return new ArrayList<>(data.projects().values());
        }
        List<Project> projects = new ArrayList<>();
        for (String id : ids) {
            Project p = data.projects().get(id);
            if (p == null) {
                throw new UserException("unknown project '" + id + "'" + NearestId.suggestion(id, data.projects().keySet())
                        + ": no " + RepositoryLayout.PROJECTS + "/" + id + "/" + RepositoryLayout.PROJECT_FILE
                        + " in " + Paths.display(folders.root()));
            }
            projects.add(p);
        }
        return projects;
    }

    private String display(Path file) {
        Path rel = folders.root().relativize(file);
        String base = Paths.display(folders.root());
        return base.equals(".") ? rel.toString() : base + "/" + rel;
    }
}
