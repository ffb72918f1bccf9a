package org.levermap.model.expert;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.levermap.model.assess.Assessment;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.repo.DataException;
import org.levermap.model.repo.DataRepository;

/**
 * The expert fixtures: a data repository of realistic projects (test resources, {@code expert/}), each
 * built to exercise one judgement an analyst would make, assessed as the site build assesses them.
 */
final class ExpertFixtures {

    private final ChangeLog log;

    ExpertFixtures() {
        try {
            Path root = Path.of(ExpertFixtures.class.getResource("/expert/levermap.yaml").toURI()).getParent();
            log = ChangeLog.of(DataRepository.load(root));
        } catch (URISyntaxException | DataException e) {
            throw new IllegalStateException("the expert fixtures must load: " + e.getMessage(), e);
        }
    }

    /** The project's latest assessment. */
    Assessment latest(String project) {
        return log.history(project).latest();
    }

    ChangeLog log() {
        return log;
    }
}
