/**
 * License identification (licensee-style normalised word sets compared by Sørensen–Dice against the
 * SPDX License List, its standard notices and ScanCode's LicenseRefs, then an order-aware look for
 * added or removed clauses), the project's license sources (root files, the REUSE folder, the
 * README's license section, PATENTS grants), copyright holders, and the license's history along
 * the first-parent line.
 */
package org.levermap.collect.license;
