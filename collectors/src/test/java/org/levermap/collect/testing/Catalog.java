package org.levermap.collect.testing;

import org.levermap.collect.license.LicenseCatalog;

/** One license catalogue for all tests of a run: loading it takes about a second. */
public final class Catalog {

    private Catalog() {
    }

    private static final class Holder {
        static final LicenseCatalog CATALOG = LicenseCatalog.load();
    }

    public static LicenseCatalog shared() {
        return Holder.CATALOG;
    }
}
