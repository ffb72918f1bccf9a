package org.levermap.model;

/** Why a coalition exists. */
public enum AlliancePurpose implements Keyword {
    POOLING_COMPUTE, POOLING_DATA, EVALUATION, LEGITIMACY, COUNTERWEIGHT, STANDARDS, STEWARDSHIP
}
