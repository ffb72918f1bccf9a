package org.levermap.model;

/** How a model hub repository lets people download its files. */
public enum Gating implements Keyword {
    /** Anyone can download. */
    NONE,
    /** Users must accept terms; access is granted automatically. */
    AUTO,
    /** Users must ask; the owner grants access by hand. */
    MANUAL
}
