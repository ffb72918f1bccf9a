package org.levermap.collect.git;

import static org.levermap.collect.git.CheckedFile.count;
import static org.levermap.collect.git.CheckedFile.string;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A {@link CommitTable} as a file: a header naming the format, the code that derived it and the
 * repository it describes, then the identities and the commits, then a CRC-32 of all that.
 *
 * <pre>
 * "LMHI" u32 format, string code, string repository, u32 tip, i64 identitiesSince,
 * u32 identities, per identity: string name, string email,
 * u32 commits, per commit: 20 bytes id, 20 bytes tree, i64 date as read, u8 flags, i32 author,
 *   i32 committer, u32 parents, per parent: u32 number,
 * i64 CRC-32 of everything before it ({@link CheckedFile})
 * </pre>
 * Integers are big-endian; a string is its UTF-8 length (u32) and bytes.
 */
final class HistoryIndexFile {

    /** "LMHI". */
    private static final int MAGIC = 0x4c4d4849;
    /** Raised whenever the layout changes: an older file is then simply not used. */
    static final int FORMAT = 1;
    private static final int ID = 20;

    private HistoryIndexFile() {
    }

    /**
     * The table in {@code file} when it was written by this format and {@code code} for {@code repository}
     * and is whole; null otherwise (missing, damaged, older or foreign), never an error.
     */
    static CommitTable read(Path file, String code, String repository) {
        return CheckedFile.read(file, in -> parse(in, code, repository), null);
    }

    private static CheckedFile.Header header(String code, String repository) {
        return new CheckedFile.Header(MAGIC, FORMAT, code, repository);
    }

    private static CommitTable parse(ByteBuffer in, String code, String repository) {
        if (!header(code, repository).readFrom(in)) {
            return null;
        }
        int tip = in.getInt();
        long identitiesSince = in.getLong();
        int identCount = count(in, 8);
        List<Mailmap.Ident> idents = new ArrayList<>(identCount);
        for (int i = 0; i < identCount; i++) {
            idents.add(new Mailmap.Ident(string(in), string(in)));
        }
        int n = count(in, 2 * ID + 21);
        ObjectId[] ids = new ObjectId[n];
        ObjectId[] trees = new ObjectId[n];
        int[][] parents = new int[n][];
        long[] times = new long[n];
        int[] authors = new int[n];
        int[] committers = new int[n];
        byte[] flags = new byte[n];
        byte[] raw = new byte[ID];
        for (int i = 0; i < n; i++) {
            in.get(raw);
            ids[i] = ObjectId.fromRaw(raw);
            in.get(raw);
            trees[i] = ObjectId.fromRaw(raw);
            times[i] = in.getLong();
            flags[i] = in.get();
            authors[i] = identity(in.getInt(), identCount);
            committers[i] = identity(in.getInt(), identCount);
            int[] ps = new int[count(in, 4)];
            for (int k = 0; k < ps.length; k++) {
                ps[k] = in.getInt();
                if (ps[k] < 0 || ps[k] >= n || ps[k] == i) {
                    throw new IllegalArgumentException("no such parent");
                }
            }
            parents[i] = ps;
        }
        if (in.hasRemaining() || tip < 0 || tip >= n) {
            return null;
        }
        return new CommitTable(ids, trees, parents, times, authors, committers, flags, idents, tip, identitiesSince);
    }

    /**
     * Writes {@code table} to {@code file} through a file beside it renamed into place, so that a reader
     * (another shard, another run) sees the old file or the new one, never half of one.
     */
    static void write(Path file, String code, String repository, CommitTable table) throws IOException {
        CheckedFile.Header header = header(code, repository);
        List<byte[]> identBytes = new ArrayList<>(table.idents().size() * 2);
        long size = header.size() + 4 + 8 + 4 + 4 + 8; // the tip, the identities' start, two counts, the CRC
        for (Mailmap.Ident ident : table.idents()) {
            identBytes.add(ident.name().getBytes(StandardCharsets.UTF_8));
            identBytes.add(ident.email().getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] b : identBytes) {
            size += 4 + b.length;
        }
        for (int[] ps : table.parents()) {
            size += 2 * ID + 8 + 1 + 4 + 4 + 4 + 4L * ps.length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            return; // far beyond any real history; it is walked each time instead
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        header.put(out);
        out.putInt(table.tip()).putLong(table.identitiesSince());
        out.putInt(table.idents().size());
        for (byte[] b : identBytes) {
            out.putInt(b.length).put(b);
        }
        out.putInt(table.size());
        byte[] raw = new byte[ID];
        for (int i = 0; i < table.size(); i++) {
            table.ids()[i].copyRawTo(raw, 0);
            out.put(raw);
            table.trees()[i].copyRawTo(raw, 0);
            out.put(raw);
            out.putLong(table.times()[i]).put(table.flags()[i]).putInt(table.authors()[i])
                    .putInt(table.committers()[i]);
            int[] ps = table.parents()[i];
            out.putInt(ps.length);
            for (int p : ps) {
                out.putInt(p);
            }
        }
        CheckedFile.write(file, out, ".history-");
    }

    private static int identity(int number, int count) {
        if (number < -1 || number >= count) {
            throw new IllegalArgumentException("no such identity");
        }
        return number;
    }
}
