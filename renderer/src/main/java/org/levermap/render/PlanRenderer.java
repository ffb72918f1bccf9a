package org.levermap.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.UnreadableSnapshots;
import org.levermap.render.check.LinkChecker;
import org.levermap.render.check.LinkScanner;
import org.levermap.render.output.PageRecord;
import org.levermap.render.output.StagedOutput;
import org.levermap.render.plan.PlannedFile;
import org.levermap.render.theme.ThemeException;

/**
 * Renders a site's plan in parallel into a staging folder, or carries each file over from the previous
 * build when its key is unchanged, and checks every link. A rendered page's links are checked as it is
 * rendered; a carried page is not read again when the record of the previous build has what its key's
 * pages link to and every page of that key was carried: only the links to files that were not carried
 * (rendered again, or gone) are checked, the others having been checked with the same bytes before. A
 * carried page a rendered page links into with an anchor has its ids from the record, or is read for
 * them; a carried page without a usable record is read back whole.
 */
final class PlanRenderer {

    private final List<PlannedFile> plan;
    private final StagedOutput output;
    /** The previous build's record, or null when nothing is carried over. */
    private final PageRecord previous;
    private final int threads;
    private final LinkChecker links;
    /** Each file's key when the plan knows it (a project's files): links among them need no record. */
    private final Map<String, String> planned = new HashMap<>();
    private final Map<String, String> keys;
    private final Map<String, Set<String>> targets = new ConcurrentHashMap<>();
    /** One copy of each link target: most pages link to the same few. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    private final Set<String> carried;
    private final Map<String, Set<String>> carriedPages = new ConcurrentHashMap<>();

    PlanRenderer(List<PlannedFile> plan, StagedOutput output, PageRecord previous, int threads) {
        this.plan = plan;
        this.output = output;
        this.previous = previous;
        this.threads = threads;
        // Sized for the plan: growing a table that many threads write copies it under contention.
        int size = Math.max(16, plan.size() * 2);
        this.keys = new ConcurrentHashMap<>(size);
        this.carried = ConcurrentHashMap.newKeySet(size);
        Set<String> files = new HashSet<>();
        for (PlannedFile f : plan) {
            files.add(f.path());
            if (f.inputs() != null) {
                planned.put(f.path(), f.inputs());
            }
        }
        this.links = new LinkChecker(files, this::idsOf);
    }

    /**
     * Renders or carries over every file; the first template error stops the build.
     *
     * @return the link check, every page added (its {@link LinkChecker#problems()} are the broken links)
     */
    LinkChecker render() throws BuildException, IOException, DataException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> plan.parallelStream().forEach(file -> {
                if (failure.get() == null) {
                    try {
                        produce(file);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("the build was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) { // out of memory, say: nothing a build can report
                throw error;
            }
            failure.compareAndSet(null, (Exception) e.getCause());
        } finally {
            pool.shutdown();
        }
        Exception e = failure.get();
        if (e instanceof ThemeException theme) {
            throw new BuildException(theme.getMessage() + " (the previous site was left as it was)");
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof UnreadableSnapshots unreadable) { // a snapshot file edited while building, say
            throw unreadable.problems();
        }
        if (e != null) {
            throw new IllegalStateException("rendering failed: " + e, e);
        }
        checkCarried();
        return links;
    }

    private void produce(PlannedFile file) throws Exception {
        PlannedFile.Prepared prepared = file.preparer().prepare();
        String key = prepared.key();
        boolean unchanged = previous != null && previous.unchanged(file.path(), key);
        if (prepared.second() != null && key != null) {
            // Recorded as "first TAB second"; the second key is made only when the first has changed.
            String old = previous == null ? null : previous.key(file.path());
            int tab = old == null ? -1 : old.indexOf('\t');
            if (tab > 0 && old.substring(0, tab).equals(key)) {
                key = old;
                unchanged = true;
            } else {
                String second = prepared.second().make();
                unchanged = second != null && tab > 0 && old.substring(tab + 1).equals(second);
                key = second == null ? null : key + "\t" + second;
            }
        }
        if (key != null) {
            keys.put(file.path(), key);
        }
        if (unchanged && output.carry(file.path())) {
            carried.add(file.path());
            if (file.html()) {
                carriedPages.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(file.path());
                Set<String> ids = previous.ids(file.path());
                if (ids != null) {
                    links.carried(file.path(), ids);
                }
            }
            return;
        }
        byte[] bytes = prepared.producer().produce();
        output.write(file.path(), bytes);
        if (file.html()) {
            keep(key, file.path(), links.add(LinkScanner.scan(file.path(), bytes)));
        }
    }

    /** The carried pages' links: from the record where it covers their key, else read back. */
    private void checkCarried() throws IOException {
        Map<String, Integer> files = new HashMap<>();
        Map<String, Integer> carriedFiles = new HashMap<>();
        keys.forEach((path, key) -> {
            files.merge(key, 1, Integer::sum);
            if (carried.contains(path)) {
                carriedFiles.merge(key, 1, Integer::sum);
            }
        });
        for (Map.Entry<String, Set<String>> group : carriedPages.entrySet()) {
            String key = group.getKey();
            int count = files.get(key);
            Set<String> recorded = previous.links(key, count);
            if (recorded != null && carriedFiles.get(key) == count) {
                String first = group.getValue().stream().sorted().findFirst().orElseThrow();
                String label = group.getValue().size() == 1 ? first
                        : first + " (or another of the " + group.getValue().size() + " pages carried over with it)";
                links.addChecked(label, recorded, carried::contains);
                targets.put(key, recorded);
            } else {
                for (String path : group.getValue()) {
                    keep(key, path, links.add(LinkScanner.scan(path, output.read(path))));
                }
            }
        }
    }

    /** Keeps what a page of {@code key} links to outside that key's pages, for the record of this build. */
    private void keep(String key, String path, Set<String> linked) {
        if (key == null) {
            return;
        }
        Set<String> kept = targets.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        for (String t : linked) {
            String target = LinkChecker.fileOf(t);
            if (!target.equals(path) && !key.equals(planned.get(target))) {
                kept.add(shared.computeIfAbsent(t, x -> x));
            }
        }
    }

    /** The ids of a carried page the record has none for: read back. */
    private Set<String> idsOf(String path) {
        try {
            return LinkScanner.scan(path, output.read(path)).ids();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file's key (files rendered every time have none). */
    Map<String, String> keys() {
        return keys;
    }

    /** What the pages of each key link to outside that key's pages. */
    Map<String, Set<String>> links() {
        return targets;
    }

    /** The ids of the pages whose ids this build knows (see {@link LinkChecker#ids()}). */
    Map<String, Set<String>> ids() {
        return links.ids();
    }

    /** How many files were carried over. */
    int carried() {
        return carried.size();
    }
}
