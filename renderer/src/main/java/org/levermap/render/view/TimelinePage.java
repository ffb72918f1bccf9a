package org.levermap.render.view;

import java.util.List;

/**
 * {@code projects/<id>/timeline.html}: every change and curated event, newest first.
 *
 * @param project the project
 * @param entries changes and events, newest first
 */
public record TimelinePage(Ref project, List<Entry> entries) {

    /**
     * One entry: a change or a curated event.
     *
     * @param date the day
     * @param type change or event
     * @param severity info, notable or alert for a change; the event kind for an event
     * @param title what happened, briefly
     * @param summary one sentence
     * @param note sanitised Markdown
     * @param evidence sources and commits
     * @param href the snapshot page of a change, or null
     * @param event for an event, its parties and outcome; null for a change
     */
    public record Entry(String date, String type, String severity, String title, String summary, Html note,
            List<ExtLink> evidence, String href, ProjectPage.EventView event) {
    }
}
