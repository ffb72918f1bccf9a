/**
 * Benchmarks: each class is a {@code main} that prints its figures (run with {@code bench/run NAME}).
 * Speed targets are checked here, never by timed unit tests.
 */
package org.levermap.bench;
