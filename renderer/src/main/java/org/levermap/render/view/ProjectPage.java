package org.levermap.render.view;

import java.util.List;

/**
 * {@code projects/<id>/index.html}: the latest lever map and how it moved.
 *
 * @param project the project
 * @param kind software, model, dataset or specification, or null
 * @param description sanitised Markdown
 * @param repository the repository, linked when on a forge or a URL
 * @param website the website, or null
 * @param assessment the latest assessment
 * @param levers the curated levers as of the latest snapshot (all facts, current ones marked)
 * @param latest the latest snapshot, or null
 * @param concentration concentration over time, chart and data
 * @param license license over time, chart and data
 * @param forks forks of this project
 * @param upstream this project's own fork relation, or null
 * @param alliances memberships of the project and its steward, past and present
 * @param events curated events, newest first
 * @param recentChanges the newest changes
 * @param changeCount all changes
 * @param snapshots every snapshot, newest first
 * @param badges README badges
 */
public record ProjectPage(Ref project, String kind, Html description, ExtLink repository, ExtLink website,
        AssessmentView assessment, List<LeverView> levers, SnapshotView latest, Chart concentration, Chart license,
        Chart divergence,
        List<ForkView> forks, ForkView upstream, List<MembershipView> alliances, List<EventView> events,
        List<ChangeView> recentChanges, int changeCount, List<Ref> snapshots, List<Badge> badges) {

    /**
     * A chart drawn at build time and its data as a table.
     *
     * @param svg the chart
     * @param columns the table's header
     * @param rows the table's rows
     */
    public record Chart(Html svg, List<String> columns, List<List<String>> rows) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /**
     * A curated event.
     *
     * @param date the day
     * @param kind stable kind
     * @param title one line
     * @param source where it is said
     * @param note sanitised Markdown
     * @param parties who took part and on which side, empty for most events
     * @param outcome how it ended or stands, or null
     */
    public record EventView(String date, String kind, String title, ExtLink source, Html note, List<PartyView> parties,
            OutcomeView outcome) {
    }

    /**
     * A party to an event.
     *
     * @param who the actor or project
     * @param side upstream, fork or neutral, or null
     * @param role in words, or null
     * @param source where its part is stated, or null
     */
    public record PartyView(Ref who, String side, String role, ExtLink source) {
    }

    /**
     * How an event ended or stands.
     *
     * @param date the day it is stated for, or null
     * @param summary sanitised Markdown
     * @param source where it is stated
     */
    public record OutcomeView(String date, Html summary, ExtLink source) {
    }

    /**
     * One README badge.
     *
     * @param name governance, license or flags
     * @param svg the badge image, relative to the site root
     * @param json the shields.io endpoint, relative to the site root
     * @param markdown the Markdown to paste into a README
     * @param shieldsMarkdown the same through shields.io's endpoint badge, or null without a base URL
     */
    public record Badge(String name, String svg, String json, String markdown, String shieldsMarkdown) {
    }
}
