package org.levermap.collect.license;

/** A patent grant for tests outside this package (the grant classes themselves are package-private). */
public final class PatentGrantsFixture {

    /** The shape of Facebook's grant, abridged; its termination clause starts on line 11. */
    public static final String FACEBOOK = PatentGrantsTest.FACEBOOK;

    private PatentGrantsFixture() {
    }
}
