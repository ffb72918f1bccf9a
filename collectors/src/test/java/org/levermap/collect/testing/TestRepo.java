package org.levermap.collect.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A bare git repository built commit by commit for tests: branches hold a file map and a tip;
 * commits have chosen authors, committers, dates and messages; merges, foreign histories, signed
 * commits and tags are written as git writes them.
 */
public final class TestRepo implements AutoCloseable {

    /** GitHub's committer of web merges. */
    public static final Person WEB_FLOW = new Person("GitHub", "noreply@github.com");

    private final Repository repository;

    private TestRepo(Repository repository) {
        this.repository = repository;
    }

    /** A new bare repository in {@code dir}, HEAD on {@code main}. */
    public static TestRepo init(Path dir) throws IOException {
        Repository r = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
        r.create(true);
        RefUpdate head = r.updateRef(Constants.HEAD);
        head.link("refs/heads/main");
        return new TestRepo(r);
    }

    public Repository repository() {
        return repository;
    }

    /** A person. */
    public record Person(String name, String email) {
        PersonIdent at(Instant when) {
            return new PersonIdent(name, email, when, ZoneOffset.UTC);
        }
    }

    /** Noon UTC of a date written YYYY-MM-DD. */
    public static Instant at(String date) {
        return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** A new branch with no commits. */
    public Branch branch(String name) {
        return new Branch(name, new TreeMap<>(), null);
    }

    /** A line of commits: the files of its next commit, and its tip. */
    public final class Branch {
        private final String name;
        private final TreeMap<String, String> files;
        private ObjectId tip;

        private Branch(String name, TreeMap<String, String> files, ObjectId tip) {
            this.name = name;
            this.files = files;
            this.tip = tip;
        }

        public ObjectId tip() {
            return tip;
        }

        /** Sets a file of the next commit. */
        public Branch write(String path, String content) {
            files.put(path, content);
            return this;
        }

        /** Removes a file from the next commit. */
        public Branch delete(String path) {
            files.remove(path);
            return this;
        }

        /** A new branch starting at this one's tip, with its files. */
        public Branch fork(String newName) {
            return new Branch(newName, new TreeMap<>(files), tip);
        }

        public ObjectId commit(String message, Instant when, Person author) throws IOException {
            return commit(message, when, author, author, false);
        }

        public ObjectId commit(String message, Instant when, Person author, Person committer) throws IOException {
            return commit(message, when, author, committer, false);
        }

        /** A commit with a gpgsig header. */
        public ObjectId signedCommit(String message, Instant when, Person author) throws IOException {
            return commit(message, when, author, author, true);
        }

        private ObjectId commit(String message, Instant when, Person author, Person committer, boolean signed)
                throws IOException {
            List<ObjectId> parents = new ArrayList<>();
            if (tip != null) {
                parents.add(tip);
            }
            return write(message, when, author, committer, signed, parents);
        }

        /** Merges {@code other}: the merge's files are this branch's, with {@code other}'s files over them. */
        public ObjectId merge(Branch other, String message, Instant when, Person author, Person committer) throws IOException {
            files.putAll(other.files);
            return write(message, when, author, committer, false, List.of(tip, other.tip));
        }

        /** Merges a foreign history under {@code prefix}, as {@code git subtree add --prefix} does. */
        public ObjectId mergeSubtree(Branch foreign, String prefix, String message, Instant when, Person author)
                throws IOException {
            foreign.files.forEach((path, content) -> files.put(prefix + "/" + path, content));
            return write(message, when, author, author, false, List.of(tip, foreign.tip));
        }

        private ObjectId write(String message, Instant when, Person author, Person committer, boolean signed,
                List<ObjectId> parents) throws IOException {
            try (ObjectInserter inserter = repository.newObjectInserter()) {
                CommitBuilder c = new CommitBuilder();
                c.setTreeId(tree(inserter, files, ""));
                c.setParentIds(parents);
                c.setAuthor(author.at(when));
                c.setCommitter(committer.at(when));
                c.setMessage(message);
                if (signed) {
                    c.setGpgSignature(new GpgSignature(("-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n"
                            + "-----END PGP SIGNATURE-----").getBytes(StandardCharsets.US_ASCII)));
                }
                ObjectId id = inserter.insert(c);
                inserter.flush();
                tip = id;
                RefUpdate u = repository.updateRef("refs/heads/" + name);
                u.setNewObjectId(id);
                u.setForceUpdate(true);
                u.update();
                return id;
            }
        }
    }

    private static ObjectId tree(ObjectInserter inserter, Map<String, String> files, String prefix) throws IOException {
        TreeMap<String, Object> level = new TreeMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = f.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                level.put(rest, f.getValue());
            } else {
                level.putIfAbsent(rest.substring(0, slash) + "/", Boolean.TRUE);
            }
        }
        // Git sorts a folder as if its name ended with '/'.
        TreeFormatter formatter = new TreeFormatter();
        for (Map.Entry<String, Object> e : level.entrySet()) {
            String name = e.getKey();
            if (name.endsWith("/")) {
                String folder = name.substring(0, name.length() - 1);
                formatter.append(folder, FileMode.TREE, tree(inserter, files, prefix + name));
            } else {
                formatter.append(name, FileMode.REGULAR_FILE,
                        inserter.insert(Constants.OBJ_BLOB, ((String) e.getValue()).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return inserter.insert(formatter);
    }

    /** An annotated tag, signed (a signature appended to its message, as {@code git tag -s} writes) or not. */
    public ObjectId tag(String name, ObjectId commit, Person tagger, Instant when, boolean signed) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TagBuilder t = new TagBuilder();
            t.setTag(name);
            t.setObjectId(commit, Constants.OBJ_COMMIT);
            t.setTagger(tagger.at(when));
            t.setMessage("Release " + name + "\n" + (signed
                    ? "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n" : ""));
            ObjectId id = inserter.insert(t);
            inserter.flush();
            RefUpdate u = repository.updateRef(Constants.R_TAGS + name);
            u.setNewObjectId(id);
            u.update();
            return id;
        }
    }

    /** A lightweight tag. */
    public void lightweightTag(String name, ObjectId commit) throws IOException {
        RefUpdate u = repository.updateRef(Constants.R_TAGS + name);
        u.setNewObjectId(commit);
        u.update();
    }

    @Override
    public void close() {
        repository.close();
    }
}
