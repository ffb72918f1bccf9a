package org.levermap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.levermap.collect.CollectException;
import org.levermap.collect.git.Branches;
import org.levermap.collect.git.CloneCache;
import org.levermap.collect.git.LocalRepositories;
import org.levermap.collect.git.OpenedRepository;
import org.levermap.collect.git.RepositoryLocation;
import org.levermap.collect.lineage.ForkCandidate;
import org.levermap.collect.lineage.ForkDiscovery;
import org.levermap.collect.lineage.ForkWorkspace;
import org.levermap.collect.lineage.RepositoryRef;
import org.levermap.model.Project;
import org.levermap.model.lineage.BaseModelLicenseCheck;
import org.levermap.model.lineage.LicenseMismatch;
import org.levermap.model.ties.AllianceSignals;
import org.levermap.model.ties.TieCandidate;
import org.levermap.model.repo.DataRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code levermap lineage}: finds projects that share history but declare no fork relation. */
@Command(name = "lineage",
        description = {"Find undeclared forks, candidate ties and model license mismatches.",
                "Lists pairs of projects whose histories share a root commit but whose project.yaml files declare",
                "no relation, with the proposed upstream and its evidence, to adopt as 'upstream:' or dismiss.",
                "Only repositories already on this machine are read: local paths, and clones 'collect' made.",
                "Then, from the latest snapshots: organisations with 10%% or more of the commits of two or more",
                "projects, and maintainers listed by two or more (inferred ties, to confirm); and models licensed",
                "differently from a base model of the data repository."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  levermap lineage                 # the data repository in the current folder",
                "  levermap lineage -C site"})
final class LineageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepositoryOptions folders;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataRepository data = Paths.load(folders.root(), err);
        Path cache = folders.cache();
        CloneCache clones = new CloneCache(cache.resolve("repos"));
        List<OpenedRepository> opened = new ArrayList<>();
        List<RepositoryRef> refs = new ArrayList<>();
        Map<String, Path> gitDirs = new TreeMap<>();
        List<String> notCollected = new ArrayList<>();
        try {
            for (Project project : data.projects().values()) {
                if (project.repository() == null) {
                    continue;
                }
                try {
                    RepositoryLocation location = RepositoryLocation.parse(project.repository(), folders.root());
                    Path dir = location.isRemote() ? clones.folderFor(location.remote()) : location.local();
                    if (!Files.exists(dir)) {
                        notCollected.add(project.id());
                        continue;
                    }
                    OpenedRepository repo = LocalRepositories.open(dir, project.repository());
                    opened.add(repo);
                    Branches.Tip tip = Branches.resolve(repo.repository(), project.branch(), repo.display());
                    refs.add(new RepositoryRef(project.id(), repo.repository(), tip.tip()));
                    gitDirs.put(project.id(), repo.repository().getDirectory().toPath());
                } catch (CollectException | IllegalArgumentException e) {
                    err.println("levermap: " + project.id() + ": " + e.getMessage() + " (left out)");
                }
            }
            Map<String, String> declared = new TreeMap<>();
            data.projects().values().stream().filter(p -> p.upstream() != null)
                    .forEach(p -> declared.put(p.id(), p.upstream()));
            List<ForkCandidate> candidates = ForkDiscovery.discover(refs, declared,
                    (a, b) -> ForkWorkspace.open(gitDirs.get(a.project()), gitDirs.get(b.project()), cache.resolve("lineage")));
            print(out, candidates, refs.size());
            if (!notCollected.isEmpty()) {
                out.println("Not on this machine yet (run 'levermap collect' first): " + String.join(", ", notCollected));
            }
            printTies(out, AllianceSignals.infer(data));
            printMismatches(out, BaseModelLicenseCheck.check(data));
            return ExitCode.OK;
        } finally {
            opened.forEach(OpenedRepository::close);
        }
    }

    private static void printTies(PrintWriter out, List<TieCandidate> ties) {
        out.println();
        if (ties.isEmpty()) {
            out.println("No candidate ties between projects in their latest snapshots.");
            return;
        }
        out.printf("Candidate ties (inferred from the latest snapshots; confirm before recording an alliance):%n");
        for (TieCandidate t : ties) {
            StringBuilder line = new StringBuilder();
            for (TieCandidate.Tie tie : t.ties()) {
                line.append(line.length() == 0 ? "" : ", ").append(tie.project());
                if (tie.share() != null) {
                    line.append(String.format(java.util.Locale.ROOT, " %.0f%% of %d commits", tie.share() * 100,
                            Math.round(tie.commits() / tie.share())));
                } else {
                    line.append(" as '").append(tie.as()).append("'");
                }
                line.append(" (").append(tie.snapshot()).append(")");
            }
            String what = t.kind() == TieCandidate.Kind.SHARED_ORGANISATION ? "organisation" : "maintainer";
            out.printf("  %s %s contributes to %s%n", what, t.subject(), line);
        }
    }

    private static void printMismatches(PrintWriter out, List<LicenseMismatch> mismatches) {
        for (LicenseMismatch m : mismatches) {
            out.printf("%nModel %s (%s, %s) declares base model %s (project %s), licensed %s: check the terms.%n",
                    m.model(), m.modelLicense(), m.snapshot(), m.declaredAs(), m.baseModel(), m.baseModelLicense());
        }
    }

    private void print(PrintWriter out, List<ForkCandidate> candidates, int repositories) {
        if (candidates.isEmpty()) {
            out.printf("No undeclared forks among %s.%n", (repositories == 1 ? "1 repository" : repositories + " repositories"));
            return;
        }
        for (ForkCandidate c : candidates) {
            out.printf("%s looks like a fork of %s (not declared; inferred from shared history)%n", c.fork(), c.upstream());
            out.printf("  shared root commit  %s%n", c.sharedRoot().name());
            out.printf("  fork point          %s (%s)%n", c.forkPoint().name(), c.forkPointDate());
            out.printf("  direction           %s%n", c.why());
            out.printf("  to adopt it, add to %s/projects/%s/project.yaml:  upstream: %s%n", Paths.display(folders.root()), c.fork(),
                    c.upstream());
        }
    }
}
