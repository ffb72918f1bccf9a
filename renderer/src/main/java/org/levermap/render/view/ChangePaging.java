package org.levermap.render.view;

/**
 * How the change log is cut into pages. Pages are counted from the oldest change, {@link
 * SitePaths#CHANGES_PER_PAGE} to a page, so that changes added at the top (a monthly collect) leave
 * every older page as it was; the last page is the entry page and holds the newest changes: those of
 * the newest full page and any after it, fewer than two pages' worth.
 */
final class ChangePaging {

    private ChangePaging() {
    }

    /** How many pages {@code total} changes take; at least one. */
    static int pages(int total) {
        return Math.max(1, total / SitePaths.CHANGES_PER_PAGE);
    }

    /**
     * The changes of page {@code n} (1-based) of {@code total}, counted from the oldest change (0): from
     * the first element, inclusive, to the second, exclusive.
     */
    static int[] range(int n, int total) {
        int per = SitePaths.CHANGES_PER_PAGE;
        int from = Math.min(total, (n - 1) * per);
        int to = n >= pages(total) ? total : Math.min(total, n * per);
        return new int[] {from, to};
    }
}
