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

    /**
     * Loads the data repository a command works on. When it has problems they are printed on
     * {@code err}, each as path:line:col, and the command stops with exit code 1.
     */
    static org.levermap.model.repo.DataRepository load(Path dir, java.io.PrintWriter err) {
        return load(dir, err, org.levermap.model.repo.DataRepository::load);
    }

    /** As {@link #load}, without reading any snapshot (for collect, which writes them and reads none). */
    static org.levermap.model.repo.DataRepository loadWithoutSnapshots(Path dir, java.io.PrintWriter err) {
        return load(dir, err, org.levermap.model.repo.DataRepository::loadWithoutSnapshots);
    }

    /** How a data repository is read. */
    private interface Loader {
        org.levermap.model.repo.DataRepository load(Path dir) throws org.levermap.model.repo.DataException;
    }

    private static org.levermap.model.repo.DataRepository load(Path dir, java.io.PrintWriter err, Loader loader) {
        try {
            return loader.load(dir);
        } catch (org.levermap.model.repo.DataException e) {
            for (Problem p : e.problems()) {
                err.println(prefixed(dir, p));
            }
            throw new UserException("the data repository " + display(dir) + " has problems; fix them first"
                    + " ('" + InitCommand.commandName() + " validate -C " + display(dir) + "' lists them)");
        }
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
