/**
 * License identification (licensee-style normalised word sets compared by Sørensen–Dice against the
 * SPDX License List and ScanCode's LicenseRefs), copyright holders, and the license's history along
 * the first-parent line.
 */
package org.levermap.collect.license;
