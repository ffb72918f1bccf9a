package org.levermap.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.levermap.collect.git.Branches;
import org.levermap.collect.git.CloneCache;
import org.levermap.collect.git.FirstParentTrees;
import org.levermap.collect.git.GitStart;
import org.levermap.collect.git.History;
import org.levermap.collect.git.HistoryIndex;
import org.levermap.collect.git.HistoryWalker;
import org.levermap.collect.git.LocalRepositories;
import org.levermap.collect.git.OpenedRepository;
import org.levermap.collect.git.RepositoryLocation;
import org.levermap.collect.git.Tags;
import org.levermap.collect.license.LicenseCatalog;
import org.levermap.collect.license.LicenseHistory;
import org.levermap.collect.people.ContributorWindow;
import org.levermap.model.Provenance;
import org.levermap.model.Snapshot;
import org.levermap.model.assess.ActorDirectory;

/**
 * Turns a project's git repository into dated snapshots. The default branch's first-parent line is
 * the project's history; the whole history is read in one walk and every requested date is answered
 * from it, so a backfill of many dates costs about as much as one snapshot.
 *
 * <p>One collector serves a whole run: the license catalogue it needs is loaded once, in the
 * background, while the first repository is opened and read; JGit's own start ({@link GitStart}) is done
 * in the background too, from the moment the collector is made.
 */
public final class GitCollector implements AutoCloseable {

    /** The trees' license files beside each history index ({@link LicenseHistory#keep}). */
    private static final String LICENSE_TREES = ".licenses";

    private final CloneCache cache;
    private final HistoryIndex histories;
    private final Path workspaces;
    private final boolean fetch;
    private final Progress progress;
    private final CompletableFuture<LicenseCatalog> catalog;

    /**
     * @param cacheRoot levermap's cache folder: clones of remote repositories go in {@code repos/},
     *     the license catalogue in {@code licenses/}, what walks of history read in {@code history/}
     * @param fetch whether to fetch a remote repository that is cloned already
     * @param progress where progress is reported
     */
    public GitCollector(Path cacheRoot, boolean fetch, Progress progress) {
        this(cacheRoot, fetch, progress,
                CompletableFuture.supplyAsync(() -> LicenseCatalog.load(cacheRoot.resolve("licenses"))));
    }

    /** A collector using a license catalogue loaded already (several collectors can share one). */
    public GitCollector(Path cacheRoot, boolean fetch, Progress progress, LicenseCatalog catalog) {
        this(cacheRoot, fetch, progress, CompletableFuture.completedFuture(catalog));
    }

    /**
     * Waits for the license catalogue's background work to end (it may be writing the catalogue into the
     * cache folder), whether or not anything was collected; its failure, if any, was or would have been
     * reported by {@link #collect}.
     */
    @Override
    public void close() {
        catalog.handle((c, e) -> null).join();
    }

    /** {@code $XDG_CACHE_HOME/levermap}, or {@code ~/.cache/levermap} when the variable is unset. */
    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("levermap");
    }

    private GitCollector(Path cacheRoot, boolean fetch, Progress progress, CompletableFuture<LicenseCatalog> catalog) {
        GitStart.inBackground();
        this.cache = new CloneCache(cacheRoot.resolve("repos"));
        this.histories = new HistoryIndex(cacheRoot.resolve("history"));
        this.workspaces = cacheRoot.resolve("lineage");
        this.fetch = fetch;
        this.progress = progress;
        this.catalog = catalog;
    }

    /**
     * Collects the snapshots of {@code request}.
     *
     * @throws CollectException when the repository cannot be read (unreachable, not a repository,
     *     empty, no such branch); nothing is returned then
     */
    public CollectResult collect(CollectRequest request) throws CollectException {
        if (request.repository() == null || request.repository().isBlank()) {
            throw new CollectException("projects/" + request.project() + "/project.yaml has no 'repository:'"
                    + " to collect from (a URL or a path)");
        }
        try (OpenedRepository repo = open(request.project(), request.repository(), request.dataRoot())) {
            return collect(request, repo);
        } catch (IOException e) {
            throw new CollectException(request.repository() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private OpenedRepository open(String project, String repository, Path dataRoot) throws CollectException {
        RepositoryLocation location;
        try {
            location = RepositoryLocation.parse(repository, dataRoot);
        } catch (IllegalArgumentException e) {
            throw new CollectException("projects/" + project + "/project.yaml: " + e.getMessage());
        }
        return location.isRemote() ? cache.open(location, fetch, progress)
                : LocalRepositories.open(location.local(), repository);
    }

    private CollectResult collect(CollectRequest request, OpenedRepository repo) throws CollectException, IOException {
        Branches.Tip tip = Branches.resolve(repo.repository(), request.branch(), repo.display());
        List<String> warnings = new ArrayList<>();
        if (repo.shallow()) {
            String warning = "history is incomplete: " + repo.display() + " is a shallow clone ("
                    + repo.shallowCommits().size() + " commit(s) without their parents); license history,"
                    + " contributors and signatures before its oldest commit are missing";
            warnings.add(warning);
        }
        try (ObjectReader reader = repo.repository().newObjectReader()) {
            // Identities are only needed in the windows of the requested dates.
            // A fork is walked without the history index: its comparison with upstream numbers commits as
            // the walk does, and a history made from the index numbers them otherwise.
            boolean indexed = !repo.shallow() && request.upstream() == null;
            Walked walked = walk(repo, tip.tip(), ContributorWindow.start(request.dates().get(0)), indexed, reader);
            // The index is written on the other core while the license is followed and the snapshots are
            // assembled, and waited for before the collect returns; it fails only as a cache does, unwritten.
            CompletableFuture<Void> saved = CompletableFuture.runAsync(walked.save());
            try {
                return snapshots(request, repo, tip, walked, reader, warnings);
            } finally {
                saved.handle((v, e) -> null).join();
            }
        }
    }

    /** The snapshots of the requested dates, from the history and license files a walk read. */
    private CollectResult snapshots(CollectRequest request, OpenedRepository repo, Branches.Tip tip, Walked walked,
            ObjectReader reader, List<String> warnings) throws CollectException, IOException {
        // A fork's facts come first, from the history just read, so that each snapshot is assembled
        // once, along the fork's own line, with upstream's commits counted apart from the fork's own.
        ForkLineage.Result fork = request.upstream() == null ? null
                : forkLineage(request, repo, walked.history(), walked.licenses(), request.dates());
        History history = fork == null || fork.ownLine() == null ? walked.history()
                : walked.history().alongLine(fork.ownLine());
        progress.begin("following the license", history.lineLength());
        LicenseHistory.Result license = walked.licenses().follow(history, reader, progress::stepTo);
        progress.end();
        // Every tree the license was read from is known now (nothing reads the license history after following
        // it): kept for the next collect on the other core while the snapshots are assembled.
        CompletableFuture<Void> kept = CompletableFuture.runAsync(walked.keep());
        try {
            return assemble(request, repo, tip, license, history, fork, warnings, reader);
        } finally {
            kept.handle((v, e) -> null).join();
        }
    }

    /** The snapshots of the requested dates along {@code history}, its license followed. */
    private CollectResult assemble(CollectRequest request, OpenedRepository repo, Branches.Tip tip,
            LicenseHistory.Result license, History history, ForkLineage.Result fork, List<String> warnings,
            ObjectReader reader) throws IOException {
        List<Tags.Tag> tags = Tags.read(repo.repository(), reader);
        Provenance base = new Provenance(request.tool(), request.repository(), tip.name(), null, null,
                repo.shallow(), warnings);
        // Each date's position on the line, found once (a scan back from the tip).
        Map<LocalDate, Integer> positions = new LinkedHashMap<>();
        List<CollectResult.Skipped> skipped = new ArrayList<>();
        LocalDate newest = SnapshotAssembler.day(history.time(history.onLine(history.tipPosition())));
        LocalDate describesTip = null;
        for (LocalDate date : request.dates()) {
            int p = history.positionAt(ContributorWindow.end(date) - 1);
            if (p == history.tipPosition() && date.isAfter(newest)) {
                // Past the newest commit every date describes the same commit: one snapshot says so,
                // more would be copies that look like a quiet project.
                if (describesTip != null) {
                    skipped.add(new CollectResult.Skipped(date, "after the newest commit of " + tip.name()
                            + " (" + newest + "); it would repeat the snapshot of " + describesTip));
                    continue;
                }
                describesTip = date;
                warnings.add(date + " is after the newest commit of " + tip.name() + " (" + newest + "): its"
                        + " snapshot describes that commit, and its figures for the year before " + date
                        + " count only what was committed up to " + newest);
            }
            if (p >= 0) {
                positions.put(date, p);
            } else {
                LocalDate first = SnapshotAssembler.day(history.time(history.onLine(0)));
                skipped.add(new CollectResult.Skipped(date, repo.shallow()
                        ? "before the oldest commit of the shallow clone (" + first + ")"
                        : "before the first commit of " + tip.name() + " (" + first + ")"));
            }
        }
        java.util.function.IntPredicate upstream = fork == null ? c -> false
                : c -> fork.upstream().test(history.id(c));
        SnapshotAssembler assembler = new SnapshotAssembler(history, license, tags, reader,
                ActorDirectory.of(request.actors()), base, upstream);
        List<Snapshot> snapshots = new ArrayList<>();
        progress.begin("snapshots", positions.size());
        int done = 0;
        for (Map.Entry<LocalDate, Integer> at : positions.entrySet()) {
            LocalDate date = at.getKey();
            snapshots.add(assembler.assemble(request.project(), date, at.getValue(),
                    fork == null ? null : fork.byDate().get(date)));
            progress.stepTo(++done);
        }
        progress.end();
        return new CollectResult(repo.display(), tip.name(), tip.tip().name(), history.size(), snapshots,
                skipped, warnings);
    }

    /**
     * A history read in one walk, and the license files of its first-parent trees identified.
     *
     * @param save writes what the walk read into the history index
     * @param keep keeps the license files of the trees read, beside the index (once the license is followed)
     */
    private record Walked(History history, LicenseHistory licenses, Runnable save, Runnable keep) {
    }

    private Walked walk(OpenedRepository repo, ObjectId tip, long identitiesSince, boolean indexed, ObjectReader reader)
            throws IOException {
        HistoryIndex.Lookup lookup = indexed ? histories.lookup(repo.repository(), tip, identitiesSince) : null;
        progress.begin("reading history of " + repo.display(), -1);
        // With a usable index the history is at hand at once (nothing or a few commits to read), and the
        // license thread takes the line's trees from it; else that thread reads them while the whole
        // history is walked on this one.
        History early = lookup != null && lookup.usable() ? lookup.history(reader, progress::stepTo) : null;
        // The trees an earlier collect read need not be read again.
        Path licenseTrees = histories.file(repo.repository(), LICENSE_TREES);
        String code = histories.code();
        String location = HistoryIndex.location(repo.repository());
        CompletableFuture<LicenseHistory> scanned = CompletableFuture.supplyAsync(() -> {
            try (ObjectReader own = repo.repository().newObjectReader()) {
                List<ObjectId> trees = early != null ? early.lineTrees() : FirstParentTrees.read(own, tip);
                LicenseHistory licenses = new LicenseHistory(catalog());
                licenses.recall(licenseTrees, code, location);
                licenses.scan(trees, own);
                return licenses;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        History history = early != null ? early : lookup != null ? lookup.history(reader, progress::stepTo)
                : HistoryWalker.walk(reader, tip, identitiesSince, progress::stepTo);
        Runnable save = lookup == null ? () -> { } : lookup::save;
        progress.end();
        LicenseHistory licenses;
        try {
            licenses = join(scanned);
        } catch (IOException | RuntimeException e) {
            save.run(); // what was walked is kept for the next collect, as when the license is read
            throw e;
        }
        return new Walked(history, licenses, save, () -> licenses.keep(licenseTrees, code, location));
    }

    /**
     * The fork's lineage on each date: the upstream is opened like the fork, and one commit graph of
     * the pair — the fork's history, with the upstream commits it lacks — answers every date.
     */
    private ForkLineage.Result forkLineage(CollectRequest request, OpenedRepository fork, History forkHistory,
            LicenseHistory licenses, List<LocalDate> dates) throws CollectException, IOException {
        CollectRequest.Upstream up = request.upstream();
        try (OpenedRepository upstream = open(up.project(), up.repository(), request.dataRoot())) {
            Branches.Tip upstreamTip = Branches.resolve(upstream.repository(), up.branch(), upstream.display());
            progress.begin("comparing with upstream " + up.project(), -1);
            ForkLineage.Result lineage = ForkLineage.compute(up.project(), fork, forkHistory, upstream,
                    upstreamTip.tip(), licenses, dates, workspaces);
            progress.end();
            return lineage;
        }
    }

    private static LicenseHistory join(CompletableFuture<LicenseHistory> scanned) throws IOException {
        try {
            return scanned.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private LicenseCatalog catalog() {
        try {
            return catalog.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("levermap cannot load its license list", e.getCause());
        }
    }
}
