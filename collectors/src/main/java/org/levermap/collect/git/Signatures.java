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
        int headerEnd = indexOf(raw, bytes("\n\n"), 0);
        int limit = headerEnd < 0 ? raw.length : headerEnd + 1;
        for (byte[] header : COMMIT_HEADERS) {
            int at = indexOf(raw, header, 0);
            if (at >= 0 && at < limit) {
                return true;
            }
        }
        return false;
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
