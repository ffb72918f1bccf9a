package org.levermap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version and release repository the build stamped into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    /** levermap's version, or "unknown" when run from classes the build did not filter. */
    static String version() {
        return property("version", "unknown");
    }

    /** The GitHub repository (owner/name) that publishes levermap's releases and its Action. */
    static String repository() {
        return property("repository", "levermap/levermap");
    }

    /**
     * The release tag of this version: {@code v} and the version without a {@code -SNAPSHOT} suffix, the
     * release a development build will become.
     */
    static String releaseTag(String version) {
        return "v" + version.replaceFirst("-SNAPSHOT$", "");
    }

    /** Whether this is a build of a release rather than a development build. */
    static boolean isRelease(String version) {
        return version.matches("\\d+\\.\\d+\\.\\d+");
    }

    private static String property(String key, String fallback) {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty(key, fallback);
            return v.startsWith("${") ? fallback : v;
        } catch (IOException e) {
            return fallback;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"levermap " + version(), "Java " + System.getProperty("java.version")};
    }
}
