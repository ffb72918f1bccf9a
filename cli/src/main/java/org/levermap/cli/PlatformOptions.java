package org.levermap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.levermap.collect.CollectResult;
import org.levermap.collect.Progress;
import org.levermap.collect.platform.Endpoints;
import org.levermap.collect.platform.Platform;
import org.levermap.collect.platform.PlatformCollector;
import org.levermap.collect.platform.PlatformResult;
import org.levermap.model.ContributionFacts;
import org.levermap.model.Project;
import org.levermap.model.Provenance;
import org.levermap.model.Snapshot;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code collect} that choose the sources beyond git and their APIs, and the step that
 * adds what those sources said to the snapshot of today: the APIs only tell the present, so a snapshot
 * of another date never gets them.
 */
final class PlatformOptions {

    @Option(names = "--sources", paramLabel = "LIST", split = ",",
            description = "The sources to read: git,forge,hub,registry,domain (default: all that apply to the"
                    + " project). git is always read. Forge, hub, registry and domain are read only for today's snapshot.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--api", paramLabel = "NAME=URL",
            description = "Another base URL for an API (github, forgejo, gitlab, hub, npm, crates, pypi, docker, rdap), e.g."
                    + " github=https://ghe.example.com/api/v3.")
    List<String> apis = new ArrayList<>();

    @Option(names = "--api-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long one API request may take. Default: ${DEFAULT-VALUE}.")
    double timeout;

    /** The platforms chosen: none with {@code --offline}, all by default. */
    Set<Platform> chosen(CommandSpec spec, boolean offline) {
        if (offline) {
            if (sources.stream().anyMatch(s -> !s.trim().equalsIgnoreCase("git"))) {
                throw new ParameterException(spec.commandLine(), "--offline reads git only; it cannot go with --sources "
                        + String.join(",", sources));
            }
            return EnumSet.noneOf(Platform.class);
        }
        if (sources.isEmpty()) {
            return EnumSet.allOf(Platform.class);
        }
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        for (String s : sources) {
            String name = s.trim().toLowerCase(Locale.ROOT);
            if (name.equals("git")) {
                continue;
            }
            try {
                chosen.add(Platform.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--sources: unknown source '" + s
                        + "'; the sources are git, forge, hub, registry, domain");
            }
        }
        return chosen;
    }

    /**
     * The collector of the chosen platforms, or null when none is chosen. Its HTTP client is made at its
     * first request ({@code ApiClient}): most collects of a past date, a backfill, never make one.
     */
    PlatformCollector collector(CommandSpec spec, Set<Platform> chosen, Path cache, LocalDate today, String tool) {
        if (chosen.isEmpty()) {
            return null;
        }
        if (!(timeout > 0)) {
            throw new ParameterException(spec.commandLine(), "--api-timeout must be a positive number of seconds");
        }
        Endpoints endpoints = Endpoints.DEFAULT;
        for (String api : apis) {
            int eq = api.indexOf('=');
            try {
                if (eq < 0) {
                    throw new IllegalArgumentException("give NAME=URL, not '" + api + "'");
                }
                endpoints = endpoints.with(api.substring(0, eq).trim(), api.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--api: " + e.getMessage());
            }
        }
        return new PlatformCollector(cache, Duration.ofMillis((long) (timeout * 1000)), endpoints, System.getenv(),
                today, tool.replace(' ', '/'));
    }

    /**
     * Adds what the platforms said to the snapshot of {@code today} in {@code result}, when there is one;
     * every source that failed is printed as a warning and kept in the snapshot's provenance.
     */
    static CollectResult addTo(PlatformCollector collector, Set<Platform> chosen, CollectResult result,
            Project project, LocalDate today, Progress progress, PrintWriter err) {
        if (collector == null || result.snapshots().stream().noneMatch(s -> s.date().equals(today))) {
            return result;
        }
        progress.begin("asking the " + String.join(", ", chosen.stream().map(Platform::spelling).toList()) + " APIs", -1);
        // The CODEOWNERS teams git found today: the forge is asked for their members.
        List<String> teams = result.snapshots().stream().filter(s -> s.date().equals(today) && s.contribution() != null)
                .flatMap(s -> s.contribution().maintainers().stream())
                .filter(ContributionFacts.Maintainer::isTeam).map(ContributionFacts.Maintainer::name).distinct().toList();
        PlatformResult platforms = collector.collect(project, chosen, teams);
        progress.end();
        for (String failure : platforms.failures()) {
            err.println("levermap: warning: " + project.id() + ": " + failure);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (Snapshot s : result.snapshots()) {
            if (!s.date().equals(today)) {
                snapshots.add(s);
                continue;
            }
            Provenance p = s.provenance();
            List<String> warnings = new ArrayList<>(p.warnings());
            warnings.addAll(platforms.failures());
            snapshots.add(new Snapshot(s.project(), s.date(), new Provenance(p.tool(), p.repository(), p.branch(),
                    p.commit(), p.commitDate(), p.shallow(), warnings), s.license(), s.stewardship(), s.contribution(),
                    s.resources(), s.lineage(), s.modelLineage(), platforms.facts()));
        }
        return new CollectResult(result.repository(), result.branch(), result.tip(), result.commits(), snapshots,
                result.skipped(), result.warnings());
    }
}
