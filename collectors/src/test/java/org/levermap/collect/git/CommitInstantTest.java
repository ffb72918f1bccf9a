package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;

class CommitInstantTest {

    private static ObjectId commit(InMemoryRepository repo, OffsetDateTime at) throws Exception {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            PersonIdent who = new PersonIdent("A", "a@example.org", at.toInstant(), at.getOffset());
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(inserter.insert(new TreeFormatter()));
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage("m");
            ObjectId id = inserter.insert(c);
            inserter.flush();
            return id;
        }
    }

    @Test
    void keepsTheOffsetTheCommitWasRecordedIn() throws Exception {
        InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));
        OffsetDateTime at = OffsetDateTime.parse("2024-03-20T14:05:11+01:00");
        try (ObjectReader reader = repo.newObjectReader()) {
            OffsetDateTime read = CommitInstant.of(reader, commit(repo, at));
            assertEquals(at, read);
            assertEquals(ZoneOffset.ofHours(1), read.getOffset());
        }
    }

    @Test
    void anInstantPast2038IsNotWrapped() throws Exception {
        InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.ofHours(-7));
        try (ObjectReader reader = repo.newObjectReader()) {
            assertEquals(at, CommitInstant.of(reader, commit(repo, at)));
        }
    }
}
