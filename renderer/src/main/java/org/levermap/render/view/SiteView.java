package org.levermap.render.view;

/**
 * The site itself, on every page.
 *
 * @param title from levermap.yaml
 * @param description from levermap.yaml, or null
 * @param language BCP 47 tag
 * @param baseUrl the absolute URL the site is published at, ending in a slash, or null
 * @param baseOrigin the scheme, host and port of {@code baseUrl} (for the 404 page's policy), or null
 * @param generator "levermap" and its version
 * @param builtOn the build day from SOURCE_DATE_EPOCH, or null
 * @param dataAsOf the newest snapshot date, or null
 * @param dataFrom the oldest of the projects' newest snapshot dates (the range's start), or null
 * @param curatedOnly how many projects have no snapshot and show curated facts only
 */
public record SiteView(String title, String description, String language, String baseUrl, String baseOrigin,
        String generator,
        String builtOn, String dataAsOf, String dataFrom, int curatedOnly) {
}
