package org.levermap.render.words;

/**
 * A data repository's wording overrides cannot be used: the message names the file, the line and the
 * entry, for the user to fix.
 */
public final class WordsException extends Exception {

    private static final long serialVersionUID = 1L;

    WordsException(String message) {
        super(message);
    }
}
