package org.levermap.collect.manifest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.levermap.collect.git.TreeFiles;
import org.levermap.model.DocumentKind;

/**
 * Finds the signs that contributors must sign a Contributor License Agreement: CLA documents, the
 * configuration of a CLA bot (CLAassistant, the contributor-assistant GitHub Action, EasyCLA,
 * {@code .clabot}), and a contributing guide saying a CLA must be signed.
 */
public final class ClaDetector {

    private static final Pattern BOT_IN_WORKFLOW = Pattern.compile(
            "(?i)contributor-assistant/github-action|cla-assistant|cla_assistant|easycla|linux-foundation/easycla"
                    + "|cla-bot|clabot|googleapis/cla|\\bcla\\b.*(check|sign)");
    private static final Pattern CLA_SENTENCE = Pattern.compile(
            "(?i)(contributor licen[cs]e agreement|\\bCLA\\b).*\\b(sign|must|required|need|accept|agree)"
                    + "|\\b(sign|must|required|need|accept|agree).*(contributor licen[cs]e agreement|\\bCLA\\b)");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|don't|do not|doesn't|without|never|n't)\\b");

    private ClaDetector() {
    }

    /**
     * One sign of a CLA.
     *
     * @param path the file
     * @param line 1-based line, when the sign is one line
     */
    public record Sign(String path, Integer line) {
    }

    /**
     * The signs in a commit's tree.
     *
     * @param documents the governance documents already found (CLA files and CONTRIBUTING among them)
     */
    public static List<Sign> find(TreeFiles files, ObjectId root, List<GovernanceFiles.Found> documents) throws IOException {
        List<Sign> signs = new ArrayList<>();
        for (GovernanceFiles.Found d : documents) {
            if (d.kind() == DocumentKind.CLA) {
                signs.add(new Sign(d.file().path(), null));
            }
        }
        List<TreeFiles.Entry> top = files.list(root, "");
        for (TreeFiles.Entry e : top) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (e.isFile() && (name.equals(".clabot") || name.equals(".cla.json") || name.equals("cla.json"))) {
                signs.add(new Sign(e.path(), null));
            }
        }
        List<TreeFiles.Entry> github = files.listFolder(top, ".github");
        for (TreeFiles.Entry e : github) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (e.isFile() && name.matches("(cla|\\.clabot|cla-bot|easycla)\\.(ya?ml|json)")) {
                signs.add(new Sign(e.path(), null));
            }
        }
        for (TreeFiles.Entry e : files.listFolder(github, "workflows")) {
            if (!e.isFile() || !e.name().matches("(?i).*\\.ya?ml")) {
                continue;
            }
            Integer line = firstLine(files.text(e.id()), BOT_IN_WORKFLOW, false);
            if (line != null) {
                signs.add(new Sign(e.path(), line));
            }
        }
        for (GovernanceFiles.Found d : documents) {
            if (d.kind() == DocumentKind.CONTRIBUTING && d.file().isFile()) {
                Integer line = firstLine(files.text(d.file().id()), CLA_SENTENCE, true);
                if (line != null) {
                    signs.add(new Sign(d.file().path(), line));
                }
            }
        }
        return signs;
    }

    private static Integer firstLine(String text, Pattern pattern, boolean refuseNegation) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find() && !(refuseNegation && NEGATION.matcher(lines[i]).find())) {
                return i + 1;
            }
        }
        return null;
    }
}
