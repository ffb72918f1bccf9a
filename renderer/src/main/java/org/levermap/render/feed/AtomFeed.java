package org.levermap.render.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levermap.model.change.Change;
import org.levermap.render.view.ChangeView;
import org.levermap.render.view.Views;

/**
 * The model of {@code feed.xml} (rendered by the theme's {@code feed.ftlx}): one entry per project and
 * snapshot with changes, newest first, its title led by the most severe change. URLs are absolute from
 * the base URL; without one, ids are {@code urn:} names and links stay relative.
 */
public final class AtomFeed {

    /** Entries in the feed; readers only show the newest anyway. */
    static final int ENTRIES = 100;

    /**
     * The feed.
     *
     * @param id the feed's id
     * @param title the site's title
     * @param selfUrl where the feed is, or null
     * @param siteUrl the site's index
     * @param updated the newest entry's time, or the build time from SOURCE_DATE_EPOCH
     * @param entries newest first
     */
    public record Feed(String id, String title, String selfUrl, String siteUrl, String updated, List<Entry> entries) {
    }

    /**
     * One entry.
     *
     * @param id permanent id
     * @param title severity and what changed
     * @param url the snapshot page
     * @param updated the snapshot date as an RFC 3339 time
     * @param project the project's name
     * @param changes the changes of that snapshot
     */
    public record Entry(String id, String title, String url, String updated, String project, List<ChangeView> changes) {
    }

    private AtomFeed() {
    }

    /**
     * @param views the site's views
     * @param sourceDateEpoch the build time in seconds, or null
     */
    public static Feed of(Views views, Long sourceDateEpoch) {
        String base = views.site().baseUrl();
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        for (Change c : views.log().all()) {
            String key = c.project() + "/" + c.date();
            if (groups.size() >= ENTRIES && !groups.containsKey(key)) {
                break;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Entry> entries = new ArrayList<>();
        for (List<Change> group : groups.values()) {
            Change first = group.get(0);
            Change lead = group.stream().max((a, b) -> a.severity().compareTo(b.severity())).orElseThrow();
            ChangeView leadView = views.change(lead);
            String path = leadView.href().substring(0, leadView.href().indexOf('#'));
            String name = leadView.project().name();
            String title = name + ": " + lead.severity().keyword() + " — " + leadView.summary()
                    + (group.size() > 1 ? " (+" + (group.size() - 1) + " more)" : "");
            String id = base == null ? "urn:levermap:" + first.project() + ":" + first.date() : base + path;
            entries.add(new Entry(id, title, base == null ? path : base + path, time(first.date()), name,
                    group.stream().map(views::change).toList()));
        }
        String updated = sourceDateEpoch != null
                ? Instant.ofEpochSecond(sourceDateEpoch).toString()
                : entries.isEmpty() ? time(views.site().dataAsOf() == null ? LocalDate.EPOCH
                        : LocalDate.parse(views.site().dataAsOf())) : entries.get(0).updated();
        return new Feed(base == null ? "urn:levermap:feed" : base + "feed.xml", views.site().title(),
                base == null ? null : base + "feed.xml", base == null ? "index.html" : base, updated, entries);
    }

    private static String time(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
