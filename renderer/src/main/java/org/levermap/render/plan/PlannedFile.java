package org.levermap.render.plan;

/**
 * One file of the site.
 *
 * @param path from the site root
 * @param html whether it is a page the link check reads
 * @param lastmod the day its data is from (for the sitemap), or null
 * @param listed whether it belongs in the sitemap
 * @param producer makes its bytes
 */
public record PlannedFile(String path, boolean html, String lastmod, boolean listed, Producer producer) {

    /** Makes a file's bytes; called once, on any thread. */
    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Exception;
    }
}
