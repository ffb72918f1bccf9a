package org.levermap.render.view;

import java.util.List;

/**
 * Everything one snapshot observed, ready to show.
 *
 * @param project the project
 * @param date the snapshot date
 * @param href this snapshot's page
 * @param provenance what was read
 * @param license the license, or null when not observed
 * @param stewardship release signing, or null
 * @param contribution documents, maintainers, terms, concentration, or null
 * @param funding FUNDING.yml entries
 * @param lineage fork relation or base models, or null
 * @param platforms what the forge, hub, registry and domain APIs said, or null
 */
public record SnapshotView(Ref project, String date, String href, Provenance provenance, License license,
        Stewardship stewardship, Contribution contribution, List<Funding> funding, Lineage lineage,
        PlatformView platforms) {

    /** @param tool collector @param repository as given @param branch branch read @param commit the commit read
     *  @param commitDate its date @param shallow incomplete history @param warnings completeness notes */
    public record Provenance(String tool, String repository, String branch, ExtLink commit, String commitDate,
            boolean shallow, List<String> warnings) {
    }

    /** @param spdx expression @param family stable family name @param confidence percent text @param files license
     *  files @param holders copyright holders @param history changes, oldest first */
    public record License(String spdx, String family, String confidence, List<ExtLink> files, List<Holder> holders,
            List<LicenseStep> history) {
    }

    /** @param name as written @param actor matched actor or null @param evidence where */
    public record Holder(String name, Ref actor, ExtLink evidence) {
    }

    /** @param date day @param kind change or text-edit @param from before @param to after @param commit the commit */
    public record LicenseStep(String date, String kind, String from, String to, ExtLink commit) {
    }

    /** @param tags count @param signedTags signed count @param latestTag name @param latestTagDate date
     *  @param signedCommits share of signed commits as percent text */
    public record Stewardship(Integer tags, Integer signedTags, String latestTag, String latestTagDate,
            String signedCommits) {
    }

    /** @param documents governance documents @param maintainers named maintainers @param codeownerPatterns count
     *  @param mergers who merged @param cla required, not required or unknown @param claEvidence where
     *  @param dco DCO sign-off share as text, or null @param concentration or null */
    public record Contribution(List<ExtLink> documents, List<Maintainer> maintainers, Integer codeownerPatterns,
            List<Merger> mergers, String cla, List<ExtLink> claEvidence, String dco, Concentration concentration) {
    }

    /** @param name as written @param actor matched actor or null @param role role @param evidence where */
    public record Maintainer(String name, Ref actor, String role, ExtLink evidence) {
    }

    /** @param name display name @param merges merge commits */
    public record Merger(String name, int merges) {
    }

    /** @param from window start @param to window end @param commits commits @param authors authors
     *  @param botCommits bot commits @param busFactor bus factor @param elephantFactor elephant factor
     *  @param topAuthors largest authors @param organisations organisations */
    public record Concentration(String from, String to, Integer commits, Integer authors, Integer botCommits,
            Integer busFactor, Integer elephantFactor, List<Share> topAuthors, List<Share> organisations) {
    }

    /** @param name who @param actor matched actor or null @param commits commits @param share fraction 0..1
     *  @param percent share as text */
    public record Share(String name, Ref actor, int commits, double share, String percent) {
    }

    /** @param platform FUNDING.yml key @param account account as a link when it has a known URL
     *  @param evidence where */
    public record Funding(String platform, ExtLink account, ExtLink evidence) {
    }

    /** @param upstream upstream project or null @param forkPoint fork point commit @param forkDate its date
     *  @param ahead ahead @param behind behind @param lastSync last sync @param licenseAtFork license then
     *  @param nameAtFork name then @param upstreamLicense upstream license now @param baseModels base models
     *  @param baseModelRelation relation @param datasets datasets */
    public record Lineage(Ref upstream, ExtLink forkPoint, String forkDate, Integer ahead, Integer behind,
            String lastSync, String licenseAtFork, String nameAtFork, String upstreamLicense, List<String> baseModels,
            String baseModelRelation, List<String> datasets) {
    }
}
