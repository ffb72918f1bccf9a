package org.levermap.collect.license;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.levermap.collect.git.TreeFiles;

/**
 * The files of a tree that say what the project's license is besides its root license files (the
 * REUSE {@code LICENSES/} and {@code .reuse/} folders, the README, {@code PATENTS}), and the key
 * each is compared under along the history. A README counts only when the tree has no license
 * files, and by its license section alone: its key is the section's content, so that an edit
 * elsewhere in the README is no license change.
 */
final class LicenseTreeFiles {

    /**
     * A file found.
     *
     * @param path its path from the root
     * @param key its blob, or for a README an id of its license section
     */
    record Found(String path, ObjectId key) {
    }

    private static final List<String> FOLDERS = List.of(LicenseSources.REUSE_FOLDER, ".reuse");

    private final Map<ObjectId, Optional<ObjectId>> sectionOfReadme = new HashMap<>();
    private final Map<ObjectId, ObjectId> readmeOfSection = new HashMap<>();
    // A line of thousands of trees names the same few files, and a role is three regular expressions.
    private final Map<String, Optional<LicenseSources.Role>> roles = new HashMap<>();

    /** {@link LicenseSources#role}, kept by path. */
    Optional<LicenseSources.Role> role(String path) {
        return roles.computeIfAbsent(path, LicenseSources::role);
    }

    /** Whether a root entry of this name is one of the project's license sources. */
    boolean isRootSource(String name) {
        return role(name).isPresent();
    }

    /** The license sources inside the tree's REUSE folders. */
    List<Found> inFolders(TreeFiles files, List<TreeFiles.Entry> root) throws IOException {
        List<Found> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (TreeFiles.Entry e : files.listFolder(root, folder)) {
                String path = folder + "/" + e.name();
                if (e.isFile() && role(path).isPresent()) {
                    out.add(new Found(path, e.id()));
                }
            }
        }
        return out;
    }

    /** {@code found} with the README left out when license files are there, else keyed by its license section. */
    List<Found> keep(List<Found> found, TreeFiles files) throws IOException {
        boolean licensed = found.stream().anyMatch(f -> role(f.path())
                .filter(r -> r != LicenseSources.Role.README && r != LicenseSources.Role.PATENTS).isPresent());
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (role(f.path()).orElse(null) != LicenseSources.Role.README) {
                out.add(f);
            } else if (!licensed && out.stream().noneMatch(o -> LicenseFileNames.isReadme(o.path()))) {
                section(f.key(), files).ifPresent(section -> out.add(new Found(f.path(), section)));
            }
        }
        return out;
    }

    /** The blob to read for a key: a README's own blob for its section's key, else the key. */
    ObjectId content(ObjectId key) {
        return readmeOfSection.getOrDefault(key, key);
    }

    /** Learns that {@code key} is read from the blob {@code content}, as an earlier collect found ({@link LicenseTreeFile}). */
    void remember(ObjectId key, ObjectId content) {
        readmeOfSection.put(key, content);
    }

    private Optional<ObjectId> section(ObjectId readme, TreeFiles files) throws IOException {
        Optional<ObjectId> cached = sectionOfReadme.get(readme);
        if (cached != null) {
            return cached;
        }
        String text = files.text(readme);
        Optional<ObjectId> key = Optional.ofNullable(text).flatMap(ReadmeLicense::section).map(s -> new ObjectInserter.Formatter()
                .idFor(Constants.OBJ_BLOB, (s.line() + "\n" + s.text()).getBytes(StandardCharsets.UTF_8)));
        key.ifPresent(k -> readmeOfSection.put(k, readme));
        sectionOfReadme.put(readme, key);
        return key;
    }
}
