package org.levermap.model;

/**
 * {@code levermap.yaml}: the site's settings.
 *
 * @param title shown in every page header and the feed
 * @param baseUrl absolute URL the site is published at, used only where a page needs an absolute
 *     link (feed, sitemap, badge snippets)
 * @param description one paragraph for the index and metadata
 * @param language BCP 47 language tag of the curated text, {@code en} when absent
 */
public record SiteConfig(
        @Required String title,
        String baseUrl,
        String description,
        String language) {
}
