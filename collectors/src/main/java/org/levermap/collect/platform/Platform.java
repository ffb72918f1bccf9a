package org.levermap.collect.platform;

import java.util.Locale;

/** A source beyond git, as {@code --sources} names it. */
public enum Platform {
    /** The forge's API (GitHub). */
    FORGE,
    /** The Hugging Face Hub. */
    HUB,
    /** npm, crates.io, PyPI, and the container images' owners (Docker Hub, GHCR). */
    REGISTRY,
    /** RDAP for the website's domain. */
    DOMAIN;

    /** How {@code --sources} spells it. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
