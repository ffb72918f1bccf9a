package org.levermap.collect.git;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads a branch's whole history in one walk. Each commit's body is read once, what is needed is
 * kept in arrays, and the body is dropped, so memory stays proportional to the number of commits.
 * Then, going up the first-parent line from the oldest commit, each commit is assigned the
 * first-parent commit it entered through: the commits reachable from any point of the line are
 * exactly those entered at or before it, which lets every snapshot date be answered from this one walk.
 */
public final class HistoryWalker {

    private HistoryWalker() {
    }

    /** A commit that knows its number in the walk (-1: not returned by it). */
    static final class NumberedCommit extends RevCommit {
        int number = -1;

        NumberedCommit(AnyObjectId id) {
            super(id);
        }
    }

    private static final class NumberingWalk extends RevWalk {
        NumberingWalk(ObjectReader reader) {
            super(reader);
        }

        @Override
        protected RevCommit createCommit(AnyObjectId id) {
            return new NumberedCommit(id);
        }
    }

    /**
     * Walks every commit reachable from {@code tip}.
     *
     * @param progress told the number of commits read so far, now and then
     */
    public static History walk(ObjectReader reader, ObjectId tip, LongConsumer progress) throws IOException {
        return walk(reader, tip, Long.MIN_VALUE, progress);
    }

    /**
     * Walks every commit reachable from {@code tip}, reading the author and committer only of
     * commits committed at or after {@code identitiesSince} (epoch seconds): older ones are in no
     * window, and decoding identities is a good part of the walk's cost.
     *
     * @param progress told the number of commits read so far, now and then
     */
    public static History walk(ObjectReader reader, ObjectId tip, long identitiesSince, LongConsumer progress)
            throws IOException {
        return build(table(reader, tip, identitiesSince, progress));
    }

    /** What {@link #walk} reads, before anything is derived. */
    static CommitTable table(ObjectReader reader, ObjectId tip, long identitiesSince, LongConsumer progress)
            throws IOException {
        Read read = read(reader, tip, null, identitiesSince, new ArrayList<>(), progress);
        int size = read.commits.size();
        int[][] parents = new int[size][];
        ObjectId[] trees = new ObjectId[size];
        for (int i = 0; i < size; i++) {
            RevCommit c = read.commits.get(i);
            int[] ps = new int[c.getParentCount()];
            for (int k = 0; k < ps.length; k++) {
                ps[k] = ((NumberedCommit) c.getParent(k)).number;
            }
            parents[i] = ps;
            trees[i] = c.getTree();
        }
        return new CommitTable(read.commits.toArray(ObjectId[]::new), trees, parents, read.times, read.authors,
                read.committers, read.flags, read.idents, read.tip.number, identitiesSince);
    }

    /**
     * The commits read by one walk, in walk order, with what is kept of each.
     *
     * @param tip the start, numbered (-1 when it is a commit the walk was told to leave out)
     */
    record Read(List<NumberedCommit> commits, long[] times, int[] authors, int[] committers, byte[] flags,
            List<Mailmap.Ident> idents, NumberedCommit tip) {
    }

    /**
     * Walks from {@code tip}, leaving out what {@code known} (when not null) reaches: each commit's
     * body is read once, what is needed is kept in arrays, and the body is dropped.
     *
     * @param idents identities numbered already; new ones are added
     */
    static Read read(ObjectReader reader, ObjectId tip, ObjectId known, long identitiesSince,
            List<Mailmap.Ident> idents, LongConsumer progress) throws IOException {
        List<NumberedCommit> commits = new ArrayList<>();
        GrowableArrays.LongList times = new GrowableArrays.LongList();
        GrowableArrays.IntList authors = new GrowableArrays.IntList();
        GrowableArrays.IntList committers = new GrowableArrays.IntList();
        GrowableArrays.ByteList flags = new GrowableArrays.ByteList();
        Map<String, Integer> identNumbers = new HashMap<>();
        for (int i = 0; i < idents.size(); i++) {
            identNumbers.put(idents.get(i).name() + '\n' + idents.get(i).email(), i);
        }
        NumberedCommit tipCommit;
        try (RevWalk walk = new NumberingWalk(reader)) {
            walk.setRetainBody(true);
            tipCommit = (NumberedCommit) walk.parseCommit(tip);
            walk.markStart(tipCommit);
            if (known != null) {
                walk.markUninteresting(walk.parseCommit(known));
            }
            RevCommit c;
            while ((c = walk.next()) != null) {
                NumberedCommit n = (NumberedCommit) c;
                n.number = commits.size();
                commits.add(n);
                long time = CommitTimes.of(n);
                times.add(time);
                if (time >= identitiesSince || time == CommitTimes.UNDATED) {
                    authors.add(ident(n.getAuthorIdent(), identNumbers, idents));
                    committers.add(ident(n.getCommitterIdent(), identNumbers, idents));
                } else {
                    authors.add(-1);
                    committers.add(-1);
                }
                flags.add(flags(n));
                n.disposeBody();
                if (commits.size() % 2000 == 0) {
                    progress.accept(commits.size());
                }
            }
        }
        progress.accept(commits.size());
        return new Read(commits, times.toArray(), authors.toArray(), committers.toArray(), flags.toArray(), idents,
                tipCommit);
    }

    private static byte flags(RevCommit n) {
        byte f = 0;
        if (n.getParentCount() > 1) {
            f |= History.MERGE;
        }
        if (mentionsSignedOff(n.getRawBuffer()) && Trailers.hasSignedOffBy(n.getFullMessage())) {
            f |= History.SIGNED_OFF;
        }
        if (Signatures.commitIsSigned(n.getRawBuffer())) {
            f |= History.SIGNED;
        }
        return f;
    }

    /** Derives a history from what a walk read: dates by the rule for undated commits, line and entries. */
    static History build(CommitTable t) throws IOException {
        long[] dated = t.times().clone();
        datePerRule(dated, t.parents());
        int[] line = firstParentLine(t.tip(), t.parents());
        int[] entries = new int[t.size()];
        java.util.Arrays.fill(entries, -1);
        boolean[][] foreign = new boolean[line.length][];
        assignEntries(line, t.parents(), entries, foreign);
        return new History(t.ids(), t.trees(), t.parents(), dated, entries, t.authors(), t.committers(), t.flags(),
                t.idents(), line, foreign);
    }

    /**
     * Gives each {@link CommitTimes#UNDATED} commit the newest date of its parents, oldest first, so a
     * chain of them takes the date of the last readable ancestor; a root without one takes the oldest
     * date of the history.
     *
     * @throws IOException no commit of the history has a readable date
     */
    static void datePerRule(long[] times, int[][] parents) throws IOException {
        long oldest = Long.MAX_VALUE;
        boolean undated = false;
        for (long t : times) {
            if (t == CommitTimes.UNDATED) {
                undated = true;
            } else {
                oldest = Math.min(oldest, t);
            }
        }
        if (!undated) {
            return;
        }
        if (oldest == Long.MAX_VALUE) {
            throw new IOException("no commit of this history has a readable committer or author date");
        }
        // Parents come after their children in the walk: going backwards dates parents first.
        for (int i = times.length - 1; i >= 0; i--) {
            if (times[i] == CommitTimes.UNDATED) {
                long newest = Long.MIN_VALUE;
                for (int p : parents[i]) {
                    newest = Math.max(newest, times[p]);
                }
                times[i] = newest == CommitTimes.UNDATED ? oldest : newest;
            }
        }
    }

    private static final byte[] SIGNED_OFF = "signed-off-by".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether the raw commit has "signed-off-by", in any case, before a colon (blanks allowed): most
     * commits do not, and their message need not be decoded and parsed.
     */
    static boolean mentionsSignedOff(byte[] raw) {
        for (int colon = 0; colon < raw.length; colon++) {
            if (raw[colon] != ':') {
                continue;
            }
            int end = colon;
            while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == '\t')) {
                end--;
            }
            int start = end - SIGNED_OFF.length;
            if (start < 0) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < SIGNED_OFF.length && match; j++) {
                int b = raw[start + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                match = b == SIGNED_OFF[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static int ident(PersonIdent person, Map<String, Integer> numbers, List<Mailmap.Ident> idents) {
        String name = person == null ? "" : person.getName();
        String email = person == null ? "" : person.getEmailAddress();
        return numbers.computeIfAbsent(name + '\n' + email, k -> {
            idents.add(new Mailmap.Ident(name, email));
            return idents.size() - 1;
        });
    }

    private static int[] firstParentLine(int tip, int[][] parents) throws IOException {
        GrowableArrays.IntList reversed = new GrowableArrays.IntList();
        for (int c = tip, n = 0; ; c = parents[c][0], n++) {
            if (n == parents.length) {
                throw new IOException("the first-parent line comes back to a commit it passed");
            }
            reversed.add(c);
            if (parents[c].length == 0) {
                break;
            }
        }
        int[] r = reversed.toArray();
        int[] line = new int[r.length];
        for (int i = 0; i < r.length; i++) {
            line[i] = r[r.length - 1 - i];
        }
        return line;
    }

    /**
     * From the oldest first-parent commit up: each commit of the line, then whatever its other
     * parents bring that no earlier commit of the line reached. A side that reaches no earlier
     * commit at all is a foreign history.
     */
    static void assignEntries(int[] line, int[][] parents, int[] entries, boolean[][] foreign) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int p = 0; p < line.length; p++) {
            int f = line[p];
            entries[f] = p;
            int[] ps = parents[f];
            if (ps.length < 2) {
                continue;
            }
            foreign[p] = new boolean[ps.length];
            for (int side = 1; side < ps.length; side++) {
                boolean related = false;
                stack.push(ps[side]);
                while (!stack.isEmpty()) {
                    int x = stack.pop();
                    if (entries[x] >= 0) {
                        related |= entries[x] < p;
                        continue;
                    }
                    entries[x] = p;
                    for (int parent : parents[x]) {
                        stack.push(parent);
                    }
                }
                foreign[p][side] = !related;
            }
        }
    }
}
