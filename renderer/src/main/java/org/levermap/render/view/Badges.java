package org.levermap.render.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.levermap.model.LicenseFacts;
import org.levermap.model.assess.Assessment;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.change.HistorySummary;

/**
 * The README badges of a project: its governance model, its license family and its red flags, each
 * as an SVG file and a shields.io endpoint, with the Markdown to paste.
 */
public final class Badges {

    /** The badges every project has, in display order. */
    public static final List<String> NAMES = List.of("governance", "license", "flags");

    /**
     * What one badge says.
     *
     * @param name governance, license or flags
     * @param label left text
     * @param message right text
     * @param color the message's background
     */
    public record Content(String name, String label, String message, String color) {
    }

    private static final int MAX_LICENSE = 32;

    private final String baseUrl;

    /** @param baseUrl the site's absolute URL ending in a slash, or null */
    public Badges(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** What each badge of the project says. */
    public static List<Content> contents(HistorySummary h) {
        Assessment a = h.latest();
        LicenseFacts license = h.latestSnapshot() == null ? null : h.latestSnapshot().license();
        // The family as judged (the project's own license's), not as its collector stored it.
        String family = license == null || a.licenseFamily() == null ? "unknown" : a.licenseFamily().keyword();
        String licenseText = license == null || license.spdx() == null ? "unknown" : shortLicense(license.spdx());
        int flags = a.flags().size();
        return List.of(
                new Content("governance", "governance", a.model().keyword(), modelColor(a.model())),
                new Content("license", "license", licenseText, familyColor(family)),
                new Content("flags", "red flags", flags == 0 ? "none" : String.valueOf(flags),
                        flags == 0 ? "#2e7d32" : flags <= 2 ? "#b26a00" : "#c62828"));
    }

    /**
     * A license expression as a badge says it: without the {@code LicenseRef-} and {@code LicenseRef-scancode-}
     * prefixes ({@code LicenseRef-scancode-rsalv2 OR SSPL-1.0} is {@code rsalv2 OR SSPL-1.0}), and cut with an
     * ellipsis past 32 characters; the project page the badge links to has the whole expression.
     */
    static String shortLicense(String expression) {
        String text = expression.replaceAll("LicenseRef-(scancode-)?", "");
        return text.length() <= MAX_LICENSE ? text : text.substring(0, MAX_LICENSE - 1).strip() + "…";
    }

    List<ProjectPage.Badge> of(String project) {
        String page = absolute(SitePaths.project(project));
        return NAMES.stream().map(name -> {
            String svg = SitePaths.badge(project, name, "svg");
            String json = SitePaths.badge(project, name, "json");
            String markdown = "[![levermap " + name + "](" + absolute(svg) + ")](" + page + ")";
            String shields = baseUrl == null ? null : "[![levermap " + name + "](https://img.shields.io/endpoint?url="
                    + URLEncoder.encode(absolute(json), StandardCharsets.UTF_8) + ")](" + page + ")";
            return new ProjectPage.Badge(name, svg, json, markdown, shields);
        }).toList();
    }

    private String absolute(String path) {
        return (baseUrl == null ? "https://YOUR-SITE/" : baseUrl) + path;
    }

    private static String modelColor(GovernanceModel model) {
        return switch (model) {
            case FOUNDATION, COMMUNITY -> "#2e7d32";
            case COALITION -> "#1565c0";
            case CORPORATE_LED, BDFL -> "#b26a00";
            case UNKNOWN -> "#616161";
        };
    }

    private static String familyColor(String family) {
        return switch (family) {
            case "permissive" -> "#2e7d32";
            case "weak-copyleft", "strong-copyleft", "network-copyleft" -> "#1565c0";
            case "responsible-ai" -> "#6a1b9a";
            case "source-available", "non-commercial" -> "#b26a00";
            case "proprietary" -> "#c62828";
            default -> "#616161";
        };
    }
}
