package org.levermap.collect.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/** Builds commits with chosen files, dates and parents in an in-memory repository, for tests. */
final class GitFixture {

    final Repository repo = new InMemoryRepository(new DfsRepositoryDescription("fixture"));

    /** A commit at noon UTC of {@code day} with the given top-level files. */
    ObjectId commit(String message, LocalDate day, Map<String, String> files, ObjectId... parents) {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            TreeFormatter tree = new TreeFormatter();
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8));
                tree.append(file.getKey(), FileMode.REGULAR_FILE, blob);
            }
            ObjectId treeId = inserter.insert(tree);
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org",
                    Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)), TimeZone.getTimeZone("UTC"));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(treeId);
            commit.setParentIds(parents);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
