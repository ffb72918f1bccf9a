package org.levermap.collect.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.levermap.model.repo.CodeVersion;
import org.levermap.model.repo.Sha256;

/**
 * What the walk of a repository's history read, kept in the cache folder between runs, so that a
 * collect reads only the commits it has not read before: a scheduled collect mostly finds the tip it
 * walked last time, or a descendant of it. One file a repository (named by a hash of its git folder),
 * describing the tip last walked there; see {@link HistoryIndexFile} for the layout.
 *
 * <ul>
 * <li>the same tip: nothing is walked;
 * <li>another tip: only the commits the indexed tip does not reach are walked, and put in front of
 *     those of the index the new tip reaches (all of them for a descendant; fewer after a rewrite);
 * <li>no usable index (none, damaged, written by other code, holding identities from a later date
 *     than asked for, or an indexed tip the repository no longer has): the whole history is walked.
 * </ul>
 * The index then describes the new tip. The history given is the same whichever way it was made,
 * but for the numbering of commits, which nothing read from a {@link History} depends on (but a fork's
 * comparison with its upstream: the collector walks forks without the index).
 */
public final class HistoryIndex {

    private final Path folder;
    private volatile String code;

    /** An index kept in {@code folder}. */
    public HistoryIndex(Path folder) {
        this.folder = folder;
    }

    /**
     * What the index holds for {@code repository}, read once: the history of {@code tip} when the index
     * holds exactly that tip ({@link Lookup#held()}), else what {@link Lookup#history} builds on.
     *
     * @param identitiesSince identities are needed from this date on (see {@link
     *     HistoryWalker#walk(ObjectReader, ObjectId, long, LongConsumer)})
     */
    public Lookup lookup(Repository repository, ObjectId tip, long identitiesSince) {
        String version = code();
        String location = location(repository);
        if (location == null || version == null) {
            return new Lookup(null, null, null, null, tip, identitiesSince, null);
        }
        Path file = file(repository, ".bin");
        CommitTable old = HistoryIndexFile.read(file, version, location);
        if (old == null || old.identitiesSince() > identitiesSince) {
            return new Lookup(file, version, location, null, tip, identitiesSince, null);
        }
        History held = null;
        if (old.ids()[old.tip()].equals(tip)) {
            try {
                held = HistoryWalker.build(old);
            } catch (IOException e) {
                old = null; // an index that cannot be made a history (a loop in it): walk it all
            }
        }
        return new Lookup(file, version, location, old, tip, identitiesSince, held);
    }

    /**
     * The file of this index's folder for {@code repository} with {@code suffix}: its index ({@code .bin}),
     * or another cache of what was read from it kept beside the index (and cleared with it); null when
     * the repository has no folder.
     */
    public Path file(Repository repository, String suffix) {
        String location = location(repository);
        return location == null ? null : folder.resolve(Sha256.hex(location, 16) + suffix);
    }

    /** Which repository it is, as its files are named and keyed by: its git folder's path; null without one. */
    public static String location(Repository repository) {
        File dir = repository.getDirectory();
        return dir == null ? null : dir.getAbsoluteFile().toPath().normalize().toString();
    }

    /** Shorthand: {@link #lookup}, then {@link Lookup#history} and {@link Lookup#save}. */
    public History history(Repository repository, ObjectReader reader, ObjectId tip, long identitiesSince,
            LongConsumer progress) throws IOException {
        Lookup lookup = lookup(repository, tip, identitiesSince);
        History history = lookup.history(reader, progress);
        lookup.save();
        return history;
    }

    /** What the index held for one tip, and how its history is made. */
    public static final class Lookup {
        private final Path file;
        private final String code;
        private final String location;
        private final CommitTable old;
        private final ObjectId tip;
        private final long identitiesSince;
        private final History held;
        private CommitTable unsaved;

        private Lookup(Path file, String code, String location, CommitTable old, ObjectId tip, long identitiesSince,
                History held) {
            this.file = file;
            this.code = code;
            this.location = location;
            this.old = old;
            this.tip = tip;
            this.identitiesSince = identitiesSince;
            this.held = held;
        }

        /** The history of the tip when the index holds exactly it (nothing to walk); else null. */
        public History held() {
            return held;
        }

        /**
         * Whether the index can serve: {@link #history} then reads only the commits it lacks (all of
         * them still if the tip turns out to share no commit with it).
         */
        public boolean usable() {
            return held != null || old != null;
        }

        /**
         * Every commit reachable from the tip: {@link #held()}, or the index brought up to the tip, or a
         * whole walk; {@link #save()} then makes the index describe the tip.
         *
         * @param progress told the number of commits read so far, now and then (never, when none is read)
         */
        public History history(ObjectReader reader, LongConsumer progress) throws IOException {
            if (held != null) {
                return held;
            }
            if (old != null) {
                try {
                    CommitTable table = HistoryUpdate.extend(reader, old, tip, progress);
                    if (table != null) {
                        History history = HistoryWalker.build(table);
                        unsaved = table;
                        return history;
                    }
                } catch (MissingObjectException | IncorrectObjectTypeException e) {
                    // The indexed tip is gone from the repository (history rewritten, then pruned): walk it all.
                } catch (IOException e) {
                    // An index that cannot be made a history (a loop in it): walk it all.
                }
            }
            CommitTable table = HistoryWalker.table(reader, tip, identitiesSince, progress);
            History history = HistoryWalker.build(table);
            unsaved = table;
            return history;
        }

        /**
         * Writes what {@link #history} read into the index, if anything (apart, so that a caller can
         * first start what the history lets it start); a cache that cannot be written costs the next run
         * a walk, nothing more.
         */
        public void save() {
            if (file != null && unsaved != null) {
                HistoryIndex.write(file, code, location, unsaved);
                unsaved = null;
            }
        }
    }

    private static void write(Path file, String code, String location, CommitTable table) {
        try {
            HistoryIndexFile.write(file, code, location, table);
        } catch (IOException e) {
            // See Lookup.save.
        }
    }

    /**
     * The running code's identity, as the index and the trees' license files beside it are keyed by it:
     * another build of levermap may derive otherwise. Null when it cannot be told, and then no index is
     * used. Found once per index.
     */
    public String code() {
        if (code == null) {
            try {
                code = CodeVersion.of(HistoryWalker.class);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return code;
    }
}
