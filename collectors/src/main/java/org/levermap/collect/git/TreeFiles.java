package org.levermap.collect.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/** Reads the entries of one folder of a tree and the text of blobs, with limits fit for untrusted input. */
public final class TreeFiles {

    /** Files larger than this are not read: no license or governance file is that long. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final ObjectReader reader;

    public TreeFiles(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * One entry of a folder.
     *
     * @param name file name
     * @param path path from the root
     * @param id blob or tree id
     * @param mode file mode
     */
    public record Entry(String name, String path, ObjectId id, FileMode mode) {

        /** A regular file (or an executable one). */
        public boolean isFile() {
            return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        }

        /** A symbolic link. */
        public boolean isLink() {
            return mode == FileMode.SYMLINK;
        }

        /** A folder. */
        public boolean isFolder() {
            return mode == FileMode.TREE;
        }
    }

    /** The entries of the tree {@code tree}, whose path is {@code folder} ("" for the root). */
    public List<Entry> list(ObjectId tree, String folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        CanonicalTreeParser parser;
        try {
            parser = new CanonicalTreeParser(null, reader, tree);
        } catch (MissingObjectException e) {
            throw new MissingContent(tree, folder.isEmpty() ? "the root folder" : "the folder " + folder);
        }
        String prefix = folder.isEmpty() ? "" : folder + "/";
        while (!parser.eof()) {
            String name = parser.getEntryPathString();
            entries.add(new Entry(name, prefix + name, parser.getEntryObjectId(), parser.getEntryFileMode()));
            parser.next();
        }
        return entries;
    }

    /** The entries of the sub-folder {@code name} of {@code entries}, empty when there is none. */
    public List<Entry> listFolder(List<Entry> entries, String name) throws IOException {
        for (Entry e : entries) {
            if (e.isFolder() && e.name().equalsIgnoreCase(name)) {
                return list(e.id(), e.path());
            }
        }
        return List.of();
    }

    /**
     * The text of a blob as UTF-8 (ISO-8859-1 when it is not valid UTF-8), or null when it is
     * larger than {@link #MAX_TEXT_BYTES}, or binary (has a NUL byte).
     *
     * @throws MissingContent the blob is not in the repository: that is damage, never a fact about the file
     */
    public String text(ObjectId blob) throws IOException {
        byte[] bytes;
        try {
            ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
            if (loader.getSize() > MAX_TEXT_BYTES) {
                return null;
            }
            bytes = loader.getCachedBytes(MAX_TEXT_BYTES);
        } catch (MissingObjectException e) {
            throw new MissingContent(blob, "a file");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * An object the history refers to is not in the repository (a corrupt repository, or a partial
     * clone). Not a {@link MissingObjectException}, so that no caller takes it for an ordinary gap.
     */
    public static final class MissingContent extends IOException {
        private static final long serialVersionUID = 1L;

        MissingContent(ObjectId id, String what) {
            super("object " + id.name() + " (" + what + ") is missing from the repository: it is damaged or"
                    + " incomplete (check it with 'git fsck'), or clone it again");
        }
    }
}
