package org.levermap.collect.license;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.levermap.collect.git.History;
import org.levermap.collect.git.TreeFiles;

/**
 * Follows the project's license along its first-parent line in one pass: the root tree of each
 * commit of the line is read once, and the license files are identified once per distinct content.
 * A change is recorded where the set of root license files or their content differs from the
 * previous commit of the line, so a file deleted and another added in the same commit is one change.
 * It is a change of identity when the SPDX expression differs, else a text edit. When the change
 * arrived through a merge, the commit of the merged branch that made it is found too. License files
 * that a merge brought in with a foreign history (a repository merged in with its own root commit)
 * are not the project's and are left out. Besides the root license files, the REUSE folders, the
 * README and a PATENTS file are followed ({@link LicenseTreeFiles}).
 */
public final class LicenseHistory {

    private final LicenseSources sources;
    private final Map<String, Identification> byBlob = new HashMap<>();
    private final LicenseTreeFiles treeFiles = new LicenseTreeFiles();
    private final Map<List<FileKey>, LicenseState> byFiles = new HashMap<>();
    private final Map<ObjectId, List<FileKey>> byTree = new HashMap<>();
    // One list for each set of license files: thousands of the line's trees have the same, and following
    // the line then compares them by identity.
    private final Map<List<FileKey>, List<FileKey>> sameFiles = new HashMap<>();
    /** How many trees' files {@link #recall} took: a collect that read no other tree has nothing new to keep. */
    private int recalled = -1;

    public LicenseHistory(LicenseCatalog catalog) {
        this.sources = new LicenseSources(new LicenseIdentifier(catalog), catalog);
    }

    /**
     * Takes the root license files of the trees an earlier collect of {@code repository} read, kept in
     * {@code file} ({@link #keep}) by the same {@code code} (the running code's identity, {@code
     * HistoryIndex#code}; null: nothing is recalled): those trees are not read again. A file of other
     * code, of another repository or damaged is ignored.
     */
    public void recall(Path file, String code, String repository) {
        if (file != null && code != null) {
            LicenseTreeFile.Kept kept = LicenseTreeFile.read(file, code, repository);
            kept.byTree().forEach((tree, keys) -> byTree.put(tree, sameFiles.computeIfAbsent(keys, k -> k)));
            kept.contents().forEach(treeFiles::remember);
            recalled = byTree.size();
        }
    }

    /**
     * Keeps the root license files of every tree read so far in {@code file}, keyed by {@code code} (null:
     * nothing is kept), for the next collect of {@code repository} ({@link #recall}); a cache that cannot
     * be written costs that collect the reading.
     */
    public void keep(Path file, String code, String repository) {
        if (file == null || code == null || byTree.size() == recalled) {
            return;
        }
        try {
            LicenseTreeFile.write(file, code, repository, byTree, treeFiles::content);
        } catch (IOException e) {
            // As said.
        }
    }

    /**
     * Reads the root license files of every tree of the first-parent line and identifies each
     * distinct content: the costly part of following the license, which needs only the line's trees
     * and so can run while the whole history is still being walked. Call before {@link #follow}.
     *
     * @param trees root trees of the first-parent line, oldest first
     */
    public void scan(List<ObjectId> trees, ObjectReader reader) throws IOException {
        TreeFiles files = new TreeFiles(reader);
        ObjectId previous = null;
        for (ObjectId tree : trees) {
            if (tree.equals(previous)) {
                continue;
            }
            previous = tree;
            List<FileKey> keys = licenseFiles(files, reader, tree, byTree);
            if (keys != null) {
                for (FileKey k : keys) {
                    identification(k.name(), k.blob(), files);
                }
            }
        }
    }

    /**
     * A root license file: its name and content. Equality written out: a record's own goes through
     * method handles, slow in the cold code of a collect, which compares these at every tree of the line.
     */
    record FileKey(String name, ObjectId blob) {

        @Override
        public boolean equals(Object o) {
            return o instanceof FileKey k && name.equals(k.name) && blob.equals(k.blob);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + blob.hashCode();
        }
    }

    /**
     * The license along the whole line.
     *
     * @param states the state at each first-parent position
     * @param changes every change, oldest first
     */
    public record Result(List<LicenseState> states, List<LicenseChangeRecord> changes) {

        /** The state at first-parent position {@code p}. */
        public LicenseState at(int p) {
            return states.get(p);
        }

        /** The changes that entered at or before position {@code p}, oldest first. */
        public List<LicenseChangeRecord> upTo(int p) {
            return changes.stream().filter(c -> c.position() <= p).toList();
        }
    }

    /**
     * Follows {@code history}'s first-parent line.
     *
     * @param progress told the position reached, now and then
     */
    public Result follow(History history, ObjectReader reader, IntConsumer progress) throws IOException {
        TreeFiles files = new TreeFiles(reader);
        Set<FileKey> foreign = new HashSet<>();
        List<LicenseState> states = new ArrayList<>(history.lineLength());
        List<LicenseChangeRecord> changes = new ArrayList<>();
        List<FileKey> previous = List.of();
        LicenseState previousState = LicenseState.NONE;
        ObjectId previousTree = null;
        for (int p = 0; p < history.lineLength(); p++) {
            int commit = history.onLine(p);
            ObjectId tree = history.tree(commit);
            if (tree.equals(previousTree)) {
                states.add(previousState);
                continue;
            }
            previousTree = tree;
            List<FileKey> keys = licenseFiles(files, reader, tree, byTree);
            if (keys == null) {
                // The root tree is missing from a partial clone: keep what was known.
                states.add(previousState);
                continue;
            }
            markForeign(history, p, files, reader, byTree, previous, keys, foreign);
            List<FileKey> current = foreign.isEmpty() ? keys : keys.stream().filter(k -> !foreign.contains(k)).toList();
            if (!current.equals(previous)) {
                LicenseState state = LicenseScope.carried(previousState, state(current, files));
                int origin = origin(history, p, current, files, reader, byTree, foreign);
                changes.add(new LicenseChangeRecord(p, history.id(commit), history.id(origin),
                        LicenseScope.changed(previousState, state), previousState.expression(),
                        state.expression(), changedPath(previous, current)));
                previous = current;
                previousState = state;
            }
            states.add(previousState);
            if (p % 1000 == 0) {
                progress.accept(p);
            }
        }
        progress.accept(history.lineLength());
        return new Result(states, changes);
    }

    /**
     * The license of one root tree on its own, without following a line: for the few commits a
     * fork's lineage names in a history not otherwise walked (the upstream as of each date, the fork
     * point). Null when the tree is missing from a partial clone.
     */
    public LicenseState atTree(ObjectId tree, ObjectReader reader) throws IOException {
        TreeFiles files = new TreeFiles(reader);
        List<FileKey> keys = licenseFiles(files, reader, tree, byTree);
        return keys == null ? null : state(keys, files);
    }

    /** The root license files of a tree, or null when the tree is missing. */
    private List<FileKey> licenseFiles(TreeFiles files, ObjectReader reader, ObjectId tree,
            Map<ObjectId, List<FileKey>> cache) throws IOException {
        List<FileKey> cached = cache.get(tree);
        if (cached != null || cache.containsKey(tree)) {
            return cached;
        }
        List<FileKey> keys = new ArrayList<>();
        try {
            List<TreeFiles.Entry> root = files.list(tree, "");
            for (TreeFiles.Entry e : root) {
                if (!treeFiles.isRootSource(e.name())) {
                    continue;
                }
                if (e.isFile()) {
                    keys.add(new FileKey(e.name(), e.id()));
                } else if (e.isLink()) {
                    ObjectId target = linkTarget(files, reader, tree, e);
                    if (target != null) {
                        keys.add(new FileKey(e.name(), target));
                    }
                }
            }
            List<LicenseTreeFiles.Found> found = new ArrayList<>();
            keys.forEach(k -> found.add(new LicenseTreeFiles.Found(k.name(), k.blob())));
            found.addAll(treeFiles.inFolders(files, root));
            keys = treeFiles.keep(found, files).stream().map(f -> new FileKey(f.path(), f.key())).toList();
        } catch (MissingObjectException e) {
            keys = null;
        }
        List<FileKey> kept = keys == null ? null : sameFiles.computeIfAbsent(List.copyOf(keys), k -> k);
        cache.put(tree, kept);
        return kept;
    }

    /** The blob a root symbolic link points to, when it stays inside the tree. */
    private static ObjectId linkTarget(TreeFiles files, ObjectReader reader, ObjectId tree, TreeFiles.Entry link)
            throws IOException {
        String target = files.text(link.id());
        if (target == null || target.startsWith("/") || target.contains("..")) {
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(reader, target.strip(), tree)) {
            return walk == null ? null : walk.getObjectId(0);
        }
    }

    /**
     * At a merge whose other side is a foreign history, the license files that side brought into
     * the root are the foreign repository's, not the project's.
     */
    private void markForeign(History history, int p, TreeFiles files, ObjectReader reader,
            Map<ObjectId, List<FileKey>> byTree, List<FileKey> previous, List<FileKey> keys, Set<FileKey> foreign)
            throws IOException {
        int[] parents = history.parents(history.onLine(p));
        for (int side = 1; side < parents.length; side++) {
            if (!history.isForeignSide(p, side)) {
                continue;
            }
            List<FileKey> theirs = licenseFiles(files, reader, history.tree(parents[side]), byTree);
            if (theirs == null) {
                continue;
            }
            for (FileKey k : keys) {
                if (theirs.contains(k) && !previous.contains(k)) {
                    foreign.add(k);
                }
            }
        }
    }

    /**
     * The commit that made a change entering at position {@code p}: when a merged branch already had
     * the new license files, the oldest commit of that branch's first-parent line that has them.
     */
    private int origin(History history, int p, List<FileKey> current, TreeFiles files, ObjectReader reader,
            Map<ObjectId, List<FileKey>> byTree, Set<FileKey> foreign) throws IOException {
        int merge = history.onLine(p);
        int[] parents = history.parents(merge);
        for (int side = 1; side < parents.length; side++) {
            if (history.isForeignSide(p, side) || !current.equals(filesOf(history, parents[side], files, reader, byTree, foreign))) {
                continue;
            }
            int x = parents[side];
            while (history.parents(x).length > 0) {
                int y = history.parents(x)[0];
                if (history.entry(y) != p || !current.equals(filesOf(history, y, files, reader, byTree, foreign))) {
                    break;
                }
                x = y;
            }
            return x;
        }
        return merge;
    }

    private List<FileKey> filesOf(History history, int commit, TreeFiles files, ObjectReader reader,
            Map<ObjectId, List<FileKey>> byTree, Set<FileKey> foreign) throws IOException {
        List<FileKey> keys = licenseFiles(files, reader, history.tree(commit), byTree);
        return keys == null ? null : keys.stream().filter(k -> !foreign.contains(k)).toList();
    }

    private static String changedPath(List<FileKey> before, List<FileKey> after) {
        for (FileKey k : after) {
            if (!before.contains(k)) {
                return k.name();
            }
        }
        for (FileKey k : before) {
            if (!after.contains(k)) {
                return k.name();
            }
        }
        return after.isEmpty() ? null : after.get(0).name();
    }

    private LicenseState state(List<FileKey> keys, TreeFiles files) throws IOException {
        LicenseState cached = byFiles.get(keys);
        if (cached != null) {
            return cached;
        }
        if (keys.isEmpty()) {
            return LicenseState.NONE;
        }
        List<LicenseExpression.FileResult> results = new ArrayList<>();
        List<LicenseState.File> stateFiles = new ArrayList<>();
        // A license file named for a bundled component (COPYING.protobuf) is that code's license: beside
        // a license file of the project's own it is recorded, but neither its terms nor its copyright
        // holders are the project's.
        List<Optional<String>> components = keys.stream().map(k -> sources.component(k.name())).toList();
        boolean ownFile = false;
        for (int i = 0; i < keys.size(); i++) {
            ownFile |= components.get(i).isEmpty()
                    && treeFiles.role(keys.get(i).name()).orElse(null) == LicenseSources.Role.LICENSE;
        }
        for (int i = 0; i < keys.size(); i++) {
            FileKey k = keys.get(i);
            Identification id = identification(k.name(), k.blob(), files);
            Optional<String> component = ownFile ? components.get(i) : Optional.empty();
            if (component.isPresent()) {
                stateFiles.add(LicenseState.File.ofComponent(k.name(), treeFiles.content(k.blob()), id, component.get()));
                continue;
            }
            results.add(new LicenseExpression.FileResult(k.name(), id));
            stateFiles.add(LicenseState.File.of(k.name(), treeFiles.content(k.blob()), id));
        }
        LicenseExpression.Combined combined = LicenseExpression.combine(results);
        // The family is the project's own license's: a REUSE folder's licenses cover the files that declare them.
        LicenseState state = new LicenseState(combined.expression(), LicenseFamilies.ofExpression(combined.own()),
                combined.confidence(), stateFiles);
        byFiles.put(keys, state);
        return state;
    }

    private Identification identification(String path, ObjectId blob, TreeFiles files) throws IOException {
        ObjectId content = treeFiles.content(blob);
        LicenseSources.Role role = treeFiles.role(path).orElse(LicenseSources.Role.LICENSE);
        // A REUSE text, a patent grant and a REUSE configuration are read by their name too: the same
        // content under two names is two identifications (LICENSES/LicenseRef-a.txt and -b.txt).
        String key = role + " " + content.name()
                + (role == LicenseSources.Role.LICENSE || role == LicenseSources.Role.README ? "" : " " + path);
        Identification cached = byBlob.get(key);
        if (cached != null) {
            return cached;
        }
        String text = files.text(content);
        Identification id = text == null
                ? new Identification(Identification.NOASSERTION, 0, List.of(), List.of())
                : sources.identify(path, text);
        byBlob.put(key, id);
        return id;
    }
}
