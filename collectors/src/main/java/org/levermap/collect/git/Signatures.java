package org.levermap.collect.git;

/**
 * Whether a commit or tag carries a signature (OpenPGP, SSH or X.509), read from its raw object
 * without verifying it: the question is whether releases are signed, not whose key signed them.
 */
public final class Signatures {

    private static final byte[][] COMMIT_HEADERS = {bytes("\ngpgsig "), bytes("\ngpgsig-sha256 ")};
    private static final byte[][] TAG_MARKERS = {bytes("\n-----BEGIN PGP SIGNATURE-----"),
            bytes("\n-----BEGIN SSH SIGNATURE-----"), bytes("\n-----BEGIN SIGNED MESSAGE-----"),
            bytes("\n-----BEGIN PGP MESSAGE-----")};

    private Signatures() {
    }

    /** Whether a raw commit has a {@code gpgsig} header (any signature format is stored there). */
    public static boolean commitIsSigned(byte[] raw) {
        // Headers end at the first empty line; only their first bytes need looking at.
        int line = 0;
        while (line < raw.length && raw[line] != '\n') {
            for (byte[] header : COMMIT_HEADERS) {
                if (startsWith(raw, line, header, 1)) {
                    return true;
                }
            }
            int next = line;
            while (next < raw.length && raw[next] != '\n') {
                next++;
            }
            line = next + 1;
        }
        return false;
    }

    private static boolean startsWith(byte[] raw, int at, byte[] prefix, int skip) {
        if (at + prefix.length - skip > raw.length) {
            return false;
        }
        for (int j = skip; j < prefix.length; j++) {
            if (raw[at + j - skip] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a raw tag has a signature appended to its message, as {@code git tag -s} writes it. */
    public static boolean tagIsSigned(byte[] raw) {
        for (byte[] marker : TAG_MARKERS) {
            if (indexOf(raw, marker, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
