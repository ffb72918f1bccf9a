package org.levermap.model.repo;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import java.util.regex.Pattern;
import org.levermap.model.ImageRef;
import org.levermap.model.Project;
import org.levermap.model.Sources;

/**
 * The platform names of project.yaml (issue 12): {@code forge:} is a URL, {@code hub:} an {@code owner/name},
 * {@code packages:} names without spaces, {@code images:} Docker Hub or GHCR image references.
 */
final class PlatformNames {

    private static final Pattern HUB = Pattern.compile(
            "(https://huggingface\\.co/)?(datasets/)?[A-Za-z0-9][\\w.-]*/[\\w.-]+/?");

    private PlatformNames() {
    }

    static void check(Project project, JsonPointer at, List<Finding> findings) {
        if (project.forge() != null && !Sources.URL.matcher(project.forge()).matches()) {
            findings.add(new Finding(at.appendProperty("forge").toString(), false,
                    "'forge' is the repository's web address on its forge, e.g. https://github.com/owner/name"));
        }
        if (project.hub() != null && !HUB.matcher(project.hub()).matches()) {
            findings.add(new Finding(at.appendProperty("hub").toString(), false,
                    "'hub' is a Hugging Face repository: owner/name, datasets/owner/name, or its https://huggingface.co URL"));
        }
        for (int i = 0; i < project.packages().size(); i++) {
            var p = project.packages().get(i);
            if (p != null && p.name() != null && (p.name().isBlank() || p.name().chars().anyMatch(Character::isWhitespace))) {
                findings.add(new Finding(at.appendProperty("packages").appendIndex(i).appendProperty("name").toString(),
                        false, "a package name has no spaces"));
            }
            if (p != null && p.registry() != null && p.registry().containers()) {
                findings.add(new Finding(at.appendProperty("packages").appendIndex(i).appendProperty("registry").toString(),
                        false, "a container image is named under 'images', e.g. images: [docker.io/org/name]"));
            }
        }
        for (int i = 0; i < project.images().size(); i++) {
            String image = project.images().get(i);
            if (image != null && ImageRef.parse(image).isEmpty()) {
                findings.add(new Finding(at.appendProperty("images").appendIndex(i).toString(), false,
                        "an image is docker.io/org/name, org/name (Docker Hub) or ghcr.io/owner/name, without a tag"
                                + " or digest; levermap reads the owners of Docker Hub and GHCR images only"));
            }
        }
    }
}
