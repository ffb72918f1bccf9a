package org.levermap.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A change to the license along the project's first-parent history.
 *
 * @param date committer date of the first-parent commit the change entered through
 * @param kind a change of identity, or a text edit that kept it
 * @param from the expression before ({@code none} when there was no license)
 * @param to the expression after ({@code none} when the license was removed)
 * @param evidence the commit that made the change, and the license file
 * @param via the first-parent commit it entered the default branch through, when it was merged
 * @param at that first-parent commit's committer instant with its offset ({@code date} is its UTC day;
 *     absent in snapshots written before levermap recorded it)
 */
public record LicenseChange(
        @Required LocalDate date,
        @Required Kind kind,
        String from,
        String to,
        @Required Evidence evidence,
        String via,
        OffsetDateTime at) {

    /** A change as written before instants were recorded. */
    public LicenseChange(LocalDate date, Kind kind, String from, String to, Evidence evidence, String via) {
        this(date, kind, from, to, evidence, via, null);
    }

    /** Whether the license identity changed. */
    public enum Kind implements Keyword {
        /** The SPDX expression changed. */
        CHANGE,
        /** The text changed but the SPDX expression stayed (a year, a licensor's name). */
        TEXT_EDIT
    }
}
