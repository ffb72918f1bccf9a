package org.levermap.render.plan;

/**
 * One file of the site.
 *
 * @param path from the site root
 * @param html whether it is a page the link check reads
 * @param lastmod the day its data is from (for the sitemap), or null
 * @param listed whether it belongs in the sitemap
 * @param preparer gives the key of what its bytes are made from and how to make them
 * @param inputs that key when it is known from the plan ({@link PageInputs}: a project's files), else null
 */
public record PlannedFile(String path, boolean html, String lastmod, boolean listed, Preparer preparer,
        String inputs) {

    /** A file whose key, if any, is known only once it is prepared (a site-wide page: the digest of its view). */
    public PlannedFile(String path, boolean html, String lastmod, boolean listed, Preparer preparer) {
        this(path, html, lastmod, listed, preparer, null);
    }

    /** A file rendered on every build. */
    public PlannedFile(String path, boolean html, String lastmod, boolean listed, Producer producer) {
        this(path, html, lastmod, listed, producer, null);
    }

    /**
     * A file whose inputs are known when planning.
     *
     * @param inputs the key of everything its bytes depend on ({@link PageInputs}), or null when it is
     *     rendered every time
     */
    public PlannedFile(String path, boolean html, String lastmod, boolean listed, Producer producer, String inputs) {
        this(path, html, lastmod, listed, () -> new Prepared(inputs, producer), inputs);
    }

    /** Makes a file's bytes; called once, on any thread. */
    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Exception;
    }

    /**
     * Builds what a file shows and its key (a site-wide page's key is the digest of its view, so the view
     * is built first, once); called once, on any thread.
     */
    @FunctionalInterface
    public interface Preparer {
        Prepared prepare() throws Exception;
    }

    /**
     * A file ready to be carried over or rendered.
     *
     * @param key the key of everything its bytes depend on: when it equals the previous build's, the
     *     previous file is carried over; null when it is rendered every time
     * @param producer renders it
     * @param second a second key, made only when {@code key} differs from the previous build's (it may
     *     cost more: the digest of the file's view); when it equals the previous build's second key, the
     *     file is carried over too. Null: none
     */
    public record Prepared(String key, Producer producer, SecondKey second) {

        /** A file with one key. */
        public Prepared(String key, Producer producer) {
            this(key, producer, null);
        }
    }

    /** Makes a file's second key; null when it has none this time (it is then rendered). */
    @FunctionalInterface
    public interface SecondKey {
        String make() throws Exception;
    }
}
