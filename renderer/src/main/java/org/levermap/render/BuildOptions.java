package org.levermap.render;

/**
 * How to build.
 *
 * @param baseUrl the absolute URL the site is published at, overriding levermap.yaml's; null to keep it
 * @param sourceDateEpoch the build time in seconds (SOURCE_DATE_EPOCH), shown and used in the feed; null
 *     for none: the output then depends on the data alone
 * @param threads how many pages to render at once; 0 for one per processor
 * @param force render everything even when nothing changed since the last build
 */
public record BuildOptions(String baseUrl, Long sourceDateEpoch, int threads, boolean force) {

    /** levermap.yaml's base URL, no build time, every processor, skip when nothing changed. */
    public static final BuildOptions DEFAULTS = new BuildOptions(null, null, 0, false);

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(url, sourceDateEpoch, threads, force);
    }

    public BuildOptions withForce(boolean force) {
        return new BuildOptions(baseUrl, sourceDateEpoch, threads, force);
    }
}
