package org.levermap.model;

/**
 * License families, ordered from least to most restrictive for reuse; the change engine reads a
 * move to a later family as a tightening.
 */
public enum LicenseFamily implements Keyword {
    PERMISSIVE, WEAK_COPYLEFT, STRONG_COPYLEFT, NETWORK_COPYLEFT, RESPONSIBLE_AI, SOURCE_AVAILABLE,
    NON_COMMERCIAL, PROPRIETARY, UNKNOWN
}
