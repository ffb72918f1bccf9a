package org.levermap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;

/** A small non-bare repository built with JGit for the command's tests: files committed on chosen dates. */
final class DemoRepository implements AutoCloseable {

    private final Git git;

    private DemoRepository(Git git) {
        this.git = git;
    }

    static DemoRepository init(Path dir) throws GitAPIException {
        return new DemoRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /** An existing repository with a work tree. */
    static DemoRepository open(Path dir) throws java.io.IOException {
        return new DemoRepository(Git.open(dir.toFile()));
    }

    Repository repository() {
        return git.getRepository();
    }

    /** Writes the files and commits them as Alice on noon (UTC) of {@code date}. */
    DemoRepository commit(String date, String message, Map<String, String> files) throws IOException, GitAPIException {
        Path root = git.getRepository().getWorkTree().toPath();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            java.nio.file.Files.createDirectories(root.resolve(f.getKey()).getParent());
            java.nio.file.Files.writeString(root.resolve(f.getKey()), f.getValue());
            git.add().addFilepattern(f.getKey()).call();
        }
        Instant when = LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
        PersonIdent alice = new PersonIdent("Alice", "alice@example.org", when, ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(alice).setCommitter(alice).setSign(false).call();
        return this;
    }

    /** A license text of the SPDX License List. */
    static String license(String id) throws Exception {
        SpdxModelFactory.init();
        return ListedLicenses.getListedLicenses().getListedLicenseByIdCompatV2(id).getLicenseText();
    }

    @Override
    public void close() {
        git.close();
    }
}
