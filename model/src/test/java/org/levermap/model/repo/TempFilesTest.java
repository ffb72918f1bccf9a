package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @TempDir
    Path tmp;

    @Test
    void createsWithTheUmaskLikeAnyOtherFileNotOwnerOnly() throws Exception {
        // What the umask gives, whatever it is: a file and a folder made the ordinary way.
        Path plainFile = Files.createFile(tmp.resolve("plain"));
        Path plainDir = Files.createDirectory(tmp.resolve("plain-dir"));

        Path file = TempFiles.createFile(tmp, ".x", ".tmp");
        Path dir = TempFiles.createDirectory(tmp, ".staging-");

        assertTrue(file.getFileName().toString().startsWith(".x") && file.getFileName().toString().endsWith(".tmp"));
        assertEquals(perms(plainFile), perms(file));
        assertEquals(perms(plainDir), perms(dir));
        if (!perms(plainFile).equals("rw-------")) {
            assertNotEquals(perms(Files.createTempFile(tmp, "jdk", "")), perms(file),
                    "the JDK's temporary files are owner-only; these follow the umask");
        }
    }

    @Test
    void twoNamesNeverCollide() throws Exception {
        assertNotEquals(TempFiles.createFile(tmp, "a", ""), TempFiles.createFile(tmp, "a", ""));
        assertNotEquals(TempFiles.createDirectory(tmp, "d"), TempFiles.createDirectory(tmp, "d"));
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
