package org.levermap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version the build stamped into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    /** levermap's version, or "unknown" when run from classes the build did not filter. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"levermap " + version(), "Java " + System.getProperty("java.version")};
    }
}
