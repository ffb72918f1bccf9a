/**
 * The one HTTP client of the platform collectors: JSON over {@code java.net.http}, responses cached
 * with their ETags under levermap's cache folder (a rerun or a backfill spends no rate limit twice),
 * a time-out on every request, {@code Link} pagination, and failures named the way a user can act on
 * them (rate limit with its reset time, wrong name, missing token).
 */
package org.levermap.collect.http;
