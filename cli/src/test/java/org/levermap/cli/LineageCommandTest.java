package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageCommandTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheUndeclaredForkAmongUnrelatedRepositories() throws Exception {
        Path upstream = tmp.resolve("upstream");
        ObjectId forkPoint;
        try (DemoRepository up = DemoRepository.init(upstream)) {
            up.commit("2023-01-10", "start", Map.of("README.md", "# Widget\n"));
            up.commit("2023-02-10", "more", Map.of("a", "1"));
            forkPoint = up.repository().resolve("HEAD");
        }
        Path fork = tmp.resolve("fork");
        Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(fork.toFile()).call().close();
        try (DemoRepository up = DemoRepository.open(upstream)) {
            up.commit("2023-02-11", "upstream goes on", Map.of("a", "2"));
        }
        try (DemoRepository f = DemoRepository.open(fork)) {
            f.commit("2023-03-01", "the fork begins", Map.of("README.md", "# Gadget\n"));
        }
        try (DemoRepository other = DemoRepository.init(tmp.resolve("other"))) {
            other.commit("2023-01-05", "unrelated", Map.of("x", "1"));
        }
        Path data = tmp.resolve("data");
        assertEquals(0, Run.of("init", data.toString()).exitCode());
        for (String id : new String[] {"widget", "gadget", "other"}) {
            String dir = id.equals("widget") ? "upstream" : id.equals("gadget") ? "fork" : "other";
            Path file = data.resolve("projects/" + id + "/project.yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "id: " + id + "\nname: " + id + "\nrepository: ../" + dir + "\n");
        }

        Run run = Run.of("lineage", "-C", data.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("gadget looks like a fork of widget (not declared; inferred from shared history)\n"),
                run.out());
        assertTrue(run.out().contains("  fork point          " + forkPoint.name() + " (2023-02-10)\n"), run.out());
        assertTrue(run.out().contains("add to " + data + "/projects/gadget/project.yaml:  upstream: widget"), run.out());
        assertTrue(run.out().contains("Not on this machine yet (run 'levermap collect' first): pytorch"), run.out());

        Files.writeString(data.resolve("projects/gadget/project.yaml"),
                "id: gadget\nname: gadget\nrepository: ../fork\nupstream: widget\n");
        Run declared = Run.of("lineage", "-C", data.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertTrue(declared.out().startsWith("No undeclared forks among 3 repositories.\n"), declared.out());
    }
}
