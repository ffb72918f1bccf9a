package org.levermap.render.output;

/** The output folder cannot be used or replaced; the message says why and what to do. */
public final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
