package org.levermap.collect.license;

/**
 * A text's closest reference license.
 *
 * @param license the reference
 * @param score Sørensen–Dice coefficient of their word sets, 0..1
 */
record LicenseMatch(ReferenceLicense license, double score) {
}
