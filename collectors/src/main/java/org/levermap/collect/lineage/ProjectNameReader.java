package org.levermap.collect.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the name a repository gives itself at a commit, so a fork's renaming shows: from a package
 * manifest at the root ({@code package.json}, {@code pyproject.toml}, {@code Cargo.toml}, the last
 * element of the {@code go.mod} module path, {@code setup.py}), else the README's first heading
 * ("What is Redis?" reads as "Redis").
 */
public final class ProjectNameReader {

    private static final int MAX_BYTES = 256 * 1024;

    private record Rule(String path, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("package.json", Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{1,100})\"")),
            new Rule("pyproject.toml", Pattern.compile("(?m)^\\[(?:project|tool\\.poetry)\\][^\\[]*?^name\\s*=\\s*[\"']([^\"'\\n]{1,100})[\"']")),
            new Rule("Cargo.toml", Pattern.compile("(?m)^\\[package\\][^\\[]*?^name\\s*=\\s*\"([^\"\\n]{1,100})\"")),
            new Rule("go.mod", Pattern.compile("(?m)^module\\s+(?:\\S+/)?([^\\s/]+)(?:/v\\d+)\\s*$|^module\\s+(?:\\S+/)?([^\\s/]+)\\s*$")),
            new Rule("setup.py", Pattern.compile("\\bname\\s*=\\s*[\"']([^\"'\\n]{1,100})[\"']")));

    private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,2}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SETEXT_HEADING = Pattern.compile("(?m)^([^\\n]+)\\n(?:=+|-+)\\s*$");
    private static final Pattern WHAT_IS = Pattern.compile("(?i)^what\\s+is\\s+(.+?)\\??$");
    private static final Pattern MARKUP = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|<[^>]*>|[*_`]");

    private ProjectNameReader() {
    }

    /** The name at {@code commit}, if any manifest or README gives one. */
    public static Optional<String> nameAt(Repository repo, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = walk.parseCommit(commit);
            for (Rule rule : RULES) {
                Optional<String> text = read(reader, c, rule.path());
                if (text.isPresent()) {
                    Matcher m = rule.pattern().matcher(text.get());
                    if (m.find()) {
                        String name = m.group(1) != null ? m.group(1) : m.group(2);
                        return Optional.of(name.trim());
                    }
                }
            }
            for (String readme : new String[] {"README.md", "README.markdown", "README.rst", "README"}) {
                Optional<String> text = read(reader, c, readme);
                if (text.isPresent()) {
                    return heading(text.get());
                }
            }
            return Optional.empty();
        }
    }

    /** The first heading of a README, with markup removed. */
    static Optional<String> heading(String text) {
        Matcher atx = ATX_HEADING.matcher(text);
        Matcher setext = SETEXT_HEADING.matcher(text);
        int atxAt = atx.find() ? atx.start() : Integer.MAX_VALUE;
        int setextAt = setext.find() ? setext.start() : Integer.MAX_VALUE;
        if (atxAt == Integer.MAX_VALUE && setextAt == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        String heading = atxAt < setextAt ? atx.group(1) : setext.group(1);
        heading = MARKUP.matcher(heading).replaceAll("$1").trim();
        Matcher whatIs = WHAT_IS.matcher(heading);
        if (whatIs.matches()) {
            heading = whatIs.group(1).trim();
        }
        return heading.isEmpty() || heading.length() > 100 ? Optional.empty() : Optional.of(heading);
    }

    private static Optional<String> read(ObjectReader reader, RevCommit commit, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, commit.getTree())) {
            if (tw == null || !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)
                    && !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE)) {
                return Optional.empty();
            }
            byte[] bytes = reader.open(tw.getObjectId(0)).getCachedBytes(MAX_BYTES);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (org.eclipse.jgit.errors.LargeObjectException e) {
            return Optional.empty();
        }
    }
}
