package org.levermap.render.plan;

/**
 * One file of the site.
 *
 * @param path from the site root
 * @param html whether it is a page the link check reads
 * @param lastmod the day its data is from (for the sitemap), or null
 * @param listed whether it belongs in the sitemap
 * @param producer makes its bytes
 * @param inputs the key of everything its bytes depend on ({@link PageInputs}), or null when it reads
 *     the whole site and is rendered every time
 */
public record PlannedFile(String path, boolean html, String lastmod, boolean listed, Producer producer,
        String inputs) {

    /** A file rendered on every build. */
    public PlannedFile(String path, boolean html, String lastmod, boolean listed, Producer producer) {
        this(path, html, lastmod, listed, producer, null);
    }

    /** Makes a file's bytes; called once, on any thread. */
    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Exception;
    }
}
