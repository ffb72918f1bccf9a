package org.levermap.collect.modelcard;

/** A model card whose front matter cannot be read, with the line where reading failed. */
public final class ModelCardException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;

    ModelCardException(String path, int line, String message) {
        super(path + (line > 0 ? ":" + line : "") + ": " + message);
        this.path = path;
        this.line = line;
    }

    /** The card's path. */
    public String path() {
        return path;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }
}
