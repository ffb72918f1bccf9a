package org.levermap.cli;

import java.nio.file.Path;
import org.levermap.model.repo.Problem;

/** How the command names files: relative to where the user typed it, so editors can jump to them. */
final class Paths {

    private Paths() {
    }

    /** The folder as the user gave it, normalised ("." stays "."). */
    static String display(Path dir) {
        String s = dir.normalize().toString();
        return s.isEmpty() ? "." : s;
    }

    /** The problem with its file prefixed by the data repository folder as given on the command line. */
    static String prefixed(Path dir, Problem p) {
        String base = display(dir);
        if (base.equals(".") || p.file().startsWith("/") || p.file().equals(dir.toString())) {
            return p.toString();
        }
        return new Problem(base + "/" + p.file(), p.line(), p.column(), p.message()).toString();
    }
}
