package org.levermap.render.view;

import java.util.List;

/**
 * What the project page and {@code api/projects/<id>.json} share: a project without its charts and
 * snapshot details.
 *
 * @param project the project
 * @param kind software, model, dataset or specification, or null
 * @param repository the repository, linked when on a forge or a URL
 * @param website the website, or null
 * @param assessment the latest assessment
 * @param forks forks of this project
 * @param upstream this project's own fork relation, or null
 * @param alliances memberships of the project and its steward
 * @param events curated events, newest first
 */
public record ProjectSummary(Ref project, String kind, ExtLink repository, ExtLink website,
        AssessmentView assessment, List<ForkView> forks, ForkView upstream, List<MembershipView> alliances,
        List<ProjectPage.EventView> events) {
}
