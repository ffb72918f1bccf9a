package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCommitIsSignedWhenItsHeaderHasGpgsig() {
        assertTrue(Signatures.commitIsSigned(b("tree 1\nauthor a\ncommitter c\ngpgsig -----BEGIN SSH SIGNATURE-----\n x\n\nmsg\n")));
        assertFalse(Signatures.commitIsSigned(b("tree 1\nauthor a\ncommitter c\n\nmsg\ngpgsig in the message\n")));
    }

    @Test
    void aTagIsSignedWhenItsMessageEndsWithASignature() {
        assertTrue(Signatures.tagIsSigned(b("object 1\ntype commit\ntag v1\ntagger t\n\nv1\n-----BEGIN PGP SIGNATURE-----\nx\n")));
        assertTrue(Signatures.tagIsSigned(b("object 1\ntype commit\ntag v1\ntagger t\n\nv1\n-----BEGIN SSH SIGNATURE-----\nx\n")));
        assertFalse(Signatures.tagIsSigned(b("object 1\ntype commit\ntag v1\ntagger t\n\nRelease v1\n")));
    }
}
