package org.levermap.collect.license;

import static org.levermap.collect.git.CheckedFile.count;
import static org.levermap.collect.git.CheckedFile.string;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.lib.ObjectId;
import org.levermap.collect.git.CheckedFile;

/**
 * The root license files of a repository's trees ({@link LicenseHistory}'s reading of each root tree) as
 * a file beside its history index, so that the next collect reads none of the trees again: the files a
 * tree holds depend on the tree alone, and on the code that picks them, which the file names. Each file
 * is its key and the blob its text is read from: the same but for a README, whose key is its license
 * section's ({@link LicenseTreeFiles#content}).
 *
 * <pre>
 * "LMLT" u32 format, string code, string repository,
 * u32 lists, per list: u32 files, per file: string path, 20 bytes key, 20 bytes content,
 * u32 trees, per tree: 20 bytes id, u32 list,
 * i64 CRC-32 of everything before it ({@link CheckedFile})
 * </pre>
 * Integers are big-endian; a string is its UTF-8 length (u32) and bytes.
 */
final class LicenseTreeFile {

    /** "LMLT". */
    private static final int MAGIC = 0x4c4d4c54;
    /** Raised whenever the layout changes: an older file is then simply not used. */
    static final int FORMAT = 1;
    private static final int ID = 20;

    private LicenseTreeFile() {
    }

    /**
     * The trees' license files in {@code file} when it was written by this format and {@code code} for
     * {@code repository} and is whole; nothing otherwise (missing, damaged, older or foreign), never an error.
     */
    static Kept read(Path file, String code, String repository) {
        return CheckedFile.read(file, in -> parse(in, code, repository), Kept.NONE);
    }

    /**
     * What a file kept.
     *
     * @param byTree each tree's license files
     * @param contents the blob to read for each key that is not itself one (a README's license section)
     */
    record Kept(Map<ObjectId, List<LicenseHistory.FileKey>> byTree, Map<ObjectId, ObjectId> contents) {
        static final Kept NONE = new Kept(Map.of(), Map.of());
    }

    private static CheckedFile.Header header(String code, String repository) {
        return new CheckedFile.Header(MAGIC, FORMAT, code, repository);
    }

    private static Kept parse(ByteBuffer in, String code, String repository) {
        if (!header(code, repository).readFrom(in)) {
            return Kept.NONE;
        }
        byte[] raw = new byte[ID];
        List<List<LicenseHistory.FileKey>> lists = new ArrayList<>();
        Map<ObjectId, ObjectId> contents = new HashMap<>();
        for (int l = count(in, 4); l > 0; l--) {
            List<LicenseHistory.FileKey> keys = new ArrayList<>();
            for (int f = count(in, 4 + 2 * ID); f > 0; f--) {
                String path = string(in);
                in.get(raw);
                ObjectId key = ObjectId.fromRaw(raw);
                in.get(raw);
                ObjectId content = ObjectId.fromRaw(raw);
                if (!content.equals(key)) {
                    contents.put(key, content);
                }
                keys.add(new LicenseHistory.FileKey(path, key));
            }
            lists.add(List.copyOf(keys));
        }
        int trees = count(in, ID + 4);
        Map<ObjectId, List<LicenseHistory.FileKey>> byTree = new HashMap<>(trees * 2);
        for (int t = 0; t < trees; t++) {
            in.get(raw);
            byTree.put(ObjectId.fromRaw(raw), lists.get(in.getInt()));
        }
        if (in.hasRemaining()) {
            return Kept.NONE;
        }
        return new Kept(byTree, contents);
    }

    /**
     * Writes the trees' license files (a tree without an entry, missing from a partial clone, is left
     * out) through a file beside {@code file} renamed into place, so that a reader sees the old file or
     * the new one, never half of one.
     */
    static void write(Path file, String code, String repository, Map<ObjectId, List<LicenseHistory.FileKey>> byTree,
            UnaryOperator<ObjectId> content) throws IOException {
        // Thousands of trees share a few lists (LicenseHistory keeps one copy of each): each is written once.
        Map<List<LicenseHistory.FileKey>, Integer> numbers = new IdentityHashMap<>();
        List<List<LicenseHistory.FileKey>> lists = new ArrayList<>();
        List<ObjectId> trees = new ArrayList<>();
        CheckedFile.Header header = header(code, repository);
        long size = header.size() + 4 + 4 + 8; // the two counts, the CRC
        for (Map.Entry<ObjectId, List<LicenseHistory.FileKey>> e : byTree.entrySet()) {
            List<LicenseHistory.FileKey> keys = e.getValue();
            if (keys == null) {
                continue;
            }
            if (!numbers.containsKey(keys)) {
                numbers.put(keys, lists.size());
                lists.add(keys);
                size += 4;
                for (LicenseHistory.FileKey k : keys) {
                    size += 4 + k.name().getBytes(StandardCharsets.UTF_8).length + 2 * ID;
                }
            }
            trees.add(e.getKey());
            size += ID + 4;
        }
        if (size > Integer.MAX_VALUE - 16) {
            return; // far beyond any real history; its trees are read each time instead
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        header.put(out);
        byte[] raw = new byte[ID];
        out.putInt(lists.size());
        for (List<LicenseHistory.FileKey> keys : lists) {
            out.putInt(keys.size());
            for (LicenseHistory.FileKey k : keys) {
                byte[] name = k.name().getBytes(StandardCharsets.UTF_8);
                out.putInt(name.length).put(name);
                k.blob().copyRawTo(raw, 0);
                out.put(raw);
                content.apply(k.blob()).copyRawTo(raw, 0);
                out.put(raw);
            }
        }
        out.putInt(trees.size());
        for (ObjectId tree : trees) {
            tree.copyRawTo(raw, 0);
            out.put(raw).putInt(numbers.get(byTree.get(tree)));
        }
        CheckedFile.write(file, out, ".licenses-");
    }
}
