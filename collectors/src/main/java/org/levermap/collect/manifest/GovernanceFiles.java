package org.levermap.collect.manifest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.levermap.collect.git.TreeFiles;
import org.levermap.model.DocumentKind;

/**
 * Finds the governance documents of a commit where GitHub looks for community health files: in
 * {@code .github/}, then the root, then {@code docs/}, names compared without regard to case, with
 * or without a text extension ({@code CONTRIBUTING}, {@code contributing.md}, {@code
 * Code-Of-Conduct.rst}). The first found of each kind is the one that counts, as on GitHub.
 */
public final class GovernanceFiles {

    /** Where GitHub looks, in its order. */
    static final List<String> FOLDERS = List.of(".github", "", "docs");

    private static final String TEXT = "(\\.(md|markdown|mdx|rst|txt|adoc|asciidoc|org|html?))?";
    private static final Map<DocumentKind, Pattern> NAMES = new EnumMap<>(Map.of(
            DocumentKind.GOVERNANCE, Pattern.compile("governance" + TEXT),
            DocumentKind.CONTRIBUTING, Pattern.compile("contributing" + TEXT),
            DocumentKind.CODE_OF_CONDUCT, Pattern.compile("code[-_ ]?of[-_ ]?conduct" + TEXT),
            DocumentKind.SECURITY, Pattern.compile("security" + TEXT),
            DocumentKind.SUPPORT, Pattern.compile("support" + TEXT),
            DocumentKind.CODEOWNERS, Pattern.compile("codeowners"),
            DocumentKind.MAINTAINERS, Pattern.compile("maintainers" + TEXT),
            DocumentKind.OWNERS, Pattern.compile("owners" + TEXT),
            DocumentKind.FUNDING, Pattern.compile("funding\\.ya?ml"),
            DocumentKind.CITATION, Pattern.compile("citation(\\.cff|\\.bib|\\.md|\\.txt)?")));
    private static final Pattern CLA = Pattern.compile(
            "(individual[-_]|corporate[-_]|entity[-_])?(cla|contributor[-_ ]licen[cs]e[-_ ]agreement)([-_.][a-z0-9-]+)?" + TEXT);

    private GovernanceFiles() {
    }

    /**
     * A document found.
     *
     * @param kind which document
     * @param file the file
     */
    public record Found(DocumentKind kind, TreeFiles.Entry file) {
    }

    /**
     * The kind of governance document a file name names ({@code Code-Of-Conduct.md}), or null for
     * none; a file read through an API, outside any git tree, is judged by the same names.
     */
    public static DocumentKind kindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (Map.Entry<DocumentKind, Pattern> kind : NAMES.entrySet()) {
            if (kind.getValue().matcher(name).matches()) {
                return kind.getKey();
            }
        }
        return CLA.matcher(name).matches() ? DocumentKind.CLA : null;
    }

    /** The documents of the tree {@code root}, one per kind (CLA files: every one), in kind order. */
    public static List<Found> find(TreeFiles files, ObjectId root) throws IOException {
        List<TreeFiles.Entry> top = files.list(root, "");
        Map<DocumentKind, Found> first = new EnumMap<>(DocumentKind.class);
        List<Found> clas = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<TreeFiles.Entry> entries = folder.isEmpty() ? top : files.listFolder(top, folder);
            List<TreeFiles.Entry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing(TreeFiles.Entry::name));
            for (TreeFiles.Entry e : sorted) {
                if (!e.isFile() && !e.isLink()) {
                    continue;
                }
                String name = e.name().toLowerCase(Locale.ROOT);
                for (Map.Entry<DocumentKind, Pattern> kind : NAMES.entrySet()) {
                    if (!first.containsKey(kind.getKey()) && kind.getValue().matcher(name).matches()) {
                        first.put(kind.getKey(), new Found(kind.getKey(), e));
                    }
                }
                if (CLA.matcher(name).matches()) {
                    clas.add(new Found(DocumentKind.CLA, e));
                }
            }
        }
        List<Found> found = new ArrayList<>(first.values());
        found.addAll(clas);
        return found;
    }
}
