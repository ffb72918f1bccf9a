package org.levermap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
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
 * Generates a large repository with the shape of a GitHub project: pull requests of one to three
 * commits merged through the web interface, direct commits, a few hundred authors of very unequal
 * activity, bots, sign-offs, signed merges, tags, a license that gets copyright edits and one
 * relicensing (MIT to Apache-2.0 in 2022). The same seed gives the same repository.
 */
final class SyntheticHistory {

    private static final int FOLDERS = 40;
    private static final int FILES_PER_FOLDER = 25;

    private final Random random = new Random(42);
    private final TreeMap<String, ObjectId> files = new TreeMap<>();
    private final TreeMap<String, ObjectId> folderTrees = new TreeMap<>();
    private final List<PersonIdent> people = new ArrayList<>();
    private long clock;
    private long step;

    private SyntheticHistory() {
    }

    /** Creates (or reuses) a bare repository of about {@code commits} commits in {@code dir}. */
    static Path create(Path dir, int commits) throws IOException {
        if (Files.exists(dir.resolve("HEAD"))) {
            return dir;
        }
        Path temp = dir.resolveSibling(dir.getFileName() + ".tmp");
        deleteRecursively(temp);
        try (Repository repo = new FileRepositoryBuilder().setGitDir(temp.toFile()).setBare().build()) {
            repo.create(true);
            RefUpdate head = repo.updateRef(Constants.HEAD);
            head.link("refs/heads/main");
            new SyntheticHistory().generate(repo, commits);
            try (Git git = new Git(repo)) {
                git.gc().setAggressive(false).call();
            } catch (Exception e) {
                throw new IOException("packing the generated repository failed", e);
            }
        }
        Files.move(temp, dir);
        return dir;
    }

    private void generate(Repository repo, int commits) throws IOException {
        for (int i = 0; i < 300; i++) {
            String domain = i % 3 == 0 ? "gmail.com" : i % 3 == 1 ? "acme.com" : "org" + (i % 17) + ".example";
            people.add(new PersonIdent("Dev " + i, "dev" + i + "@" + domain));
        }
        PersonIdent web = new PersonIdent("GitHub", "noreply@github.com");
        PersonIdent bot = new PersonIdent("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");
        // About eight years of history, ending in 2024.
        clock = Instant.parse("2016-06-01T00:00:00Z").getEpochSecond();
        step = (Instant.parse("2024-06-01T00:00:00Z").getEpochSecond() - clock) / commits;
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            for (int f = 0; f < FOLDERS * FILES_PER_FOLDER; f++) {
                files.put("src/m" + (f / FILES_PER_FOLDER) + "/f" + f + ".c", blob(inserter, "int f" + f + ";\n"));
            }
            files.put("LICENSE", blob(inserter, "Copyright (c) 2016 Acme\n\n" + MIT));
            files.put(".mailmap", blob(inserter, "Dev 1 <dev1@acme.com> <dev1@old.example>\n"));
            files.put(".github/CODEOWNERS", blob(inserter, "* @acme/core\n/docs/ @dev2\n"));
            ObjectId main = commit(inserter, List.of(), people.get(0), people.get(0), "Initial commit", false);
            int made = 1;
            int pr = 0;
            int year = 2016;
            while (made < commits) {
                int y = java.time.LocalDate.ofInstant(Instant.ofEpochSecond(clock), ZoneOffset.UTC).getYear();
                if (y != year) {
                    year = y;
                    String text = year >= 2022 ? "Copyright 2022 Acme\n\n" + apache() : "Copyright (c) 2016-" + year + " Acme\n\n" + MIT;
                    files.put("LICENSE", blob(inserter, text));
                    main = commit(inserter, List.of(main), people.get(0), people.get(0), "Update license for " + year, false);
                    made++;
                    continue;
                }
                if (random.nextInt(5) == 0) {
                    PersonIdent who = random.nextInt(20) == 0 ? bot : author();
                    touch(inserter, who);
                    main = commit(inserter, List.of(main), who, who, "Direct change " + made + signOff(who), false);
                    made++;
                    continue;
                }
                ObjectId branch = main;
                int size = 1 + random.nextInt(3);
                PersonIdent who = author();
                for (int k = 0; k < size; k++) {
                    touch(inserter, who);
                    branch = commit(inserter, List.of(branch), who, who, "Change " + made + signOff(who), false);
                    made++;
                }
                main = commit(inserter, List.of(main, branch), people.get(random.nextInt(8)), web,
                        "Merge pull request #" + (++pr) + " from dev/branch", random.nextBoolean());
                made++;
                if (pr % 150 == 0) {
                    tag(repo, inserter, "v" + (pr / 150) + ".0", main, pr % 300 == 0);
                }
            }
            inserter.flush();
            RefUpdate u = repo.updateRef("refs/heads/main");
            u.setNewObjectId(main);
            u.update();
        }
    }

    private PersonIdent author() {
        // Zipf-like: a few very active authors, a long tail.
        double r = random.nextDouble();
        return people.get((int) (people.size() * r * r * r));
    }

    private String signOff(PersonIdent who) {
        return random.nextInt(10) < 3 ? "\n\nSigned-off-by: " + who.getName() + " <" + who.getEmailAddress() + ">\n" : "\n";
    }

    private void touch(ObjectInserter inserter, PersonIdent who) throws IOException {
        int f = random.nextInt(FOLDERS * FILES_PER_FOLDER);
        String path = "src/m" + (f / FILES_PER_FOLDER) + "/f" + f + ".c";
        files.put(path, blob(inserter, "int f" + f + " = " + clock + "; // " + who.getName() + "\n"));
        folderTrees.remove("src/m" + (f / FILES_PER_FOLDER));
    }

    private ObjectId commit(ObjectInserter inserter, List<ObjectId> parents, PersonIdent author, PersonIdent committer,
            String message, boolean signed) throws IOException {
        // Every commit moves the clock: the history spans its eight years whatever its shape.
        clock += step;
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree(inserter));
        c.setParentIds(parents);
        Instant when = Instant.ofEpochSecond(clock);
        c.setAuthor(new PersonIdent(author, when, ZoneOffset.UTC));
        c.setCommitter(new PersonIdent(committer, when, ZoneOffset.UTC));
        c.setMessage(message);
        if (signed) {
            c.setGpgSignature(new GpgSignature("-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQ\n-----END PGP SIGNATURE-----"
                    .getBytes(StandardCharsets.US_ASCII)));
        }
        return inserter.insert(c);
    }

    private void tag(Repository repo, ObjectInserter inserter, String name, ObjectId commit, boolean signed) throws IOException {
        TagBuilder t = new TagBuilder();
        t.setTag(name);
        t.setObjectId(commit, Constants.OBJ_COMMIT);
        t.setTagger(new PersonIdent(people.get(0), Instant.ofEpochSecond(clock), ZoneOffset.UTC));
        t.setMessage("Release " + name + "\n" + (signed ? "-----BEGIN PGP SIGNATURE-----\n\nx\n-----END PGP SIGNATURE-----\n" : ""));
        ObjectId id = inserter.insert(t);
        inserter.flush();
        RefUpdate u = repo.updateRef(Constants.R_TAGS + name);
        u.setNewObjectId(id);
        u.update();
    }

    /** The root tree, rebuilding only the folders whose files changed. */
    private ObjectId tree(ObjectInserter inserter) throws IOException {
        TreeFormatter github = new TreeFormatter();
        github.append("CODEOWNERS", FileMode.REGULAR_FILE, files.get(".github/CODEOWNERS"));
        TreeFormatter src = new TreeFormatter();
        for (int m = 0; m < FOLDERS; m++) {
            String folder = "src/m" + m;
            ObjectId id = folderTrees.get(folder);
            if (id == null) {
                TreeFormatter t = new TreeFormatter();
                for (var e : files.subMap(folder + "/", folder + "0").entrySet()) {
                    t.append(e.getKey().substring(folder.length() + 1), FileMode.REGULAR_FILE, e.getValue());
                }
                id = inserter.insert(t);
                folderTrees.put(folder, id);
            }
            src.append("m" + m, FileMode.TREE, id);
        }
        // Entries in git's order: ".github", ".mailmap", "LICENSE", "src".
        TreeFormatter root = new TreeFormatter();
        root.append(".github", FileMode.TREE, inserter.insert(github));
        root.append(".mailmap", FileMode.REGULAR_FILE, files.get(".mailmap"));
        root.append("LICENSE", FileMode.REGULAR_FILE, files.get("LICENSE"));
        root.append("src", FileMode.TREE, inserter.insert(src));
        return inserter.insert(root);
    }

    private static ObjectId blob(ObjectInserter inserter, String text) throws IOException {
        return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The MIT License's terms (its text is in the SPDX License List). */
    private static final String MIT = """
            Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
            documentation files (the "Software"), to deal in the Software without restriction, including without limitation
            the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
            to permit persons to whom the Software is furnished to do so, subject to the following conditions:

            The above copyright notice and this permission notice shall be included in all copies or substantial portions
            of the Software.

            THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED
            TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
            AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
            CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
            DEALINGS IN THE SOFTWARE.
            """;

    /** The Apache License 2.0, from the SPDX License List the collector uses. */
    private static String apache() {
        try {
            org.spdx.library.SpdxModelFactory.init();
            return org.spdx.library.ListedLicenses.getListedLicenses().getListedLicenseByIdCompatV2("Apache-2.0").getLicenseText();
        } catch (org.spdx.core.InvalidSPDXAnalysisException e) {
            throw new IllegalStateException(e);
        }
    }
}
