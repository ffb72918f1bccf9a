package org.levermap.model.repo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash levermap names its cache entries, clones, shards and page keys by: a fresh
 * digest, and the hex of a text's hash cut to the length a name needs.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A new SHA-256 digest; every JDK has one. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first {@code bytes} bytes (at most 32) of the hash of {@code text} in UTF-8, as lower-case hex. */
    public static String hex(String text, int bytes) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    /** The whole hash of {@code text} in UTF-8, as lower-case hex. */
    public static String hex(String text) {
        return hex(text, 32);
    }
}
