package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.Registry;

class PlatformNamesTest {

    @TempDir
    Path root;

    private void project(String yaml) throws IOException {
        Files.writeString(root.resolve("levermap.yaml"), "title: T\nbase_url: https://example.org/\n");
        Files.createDirectories(root.resolve("projects/widget"));
        Files.writeString(root.resolve("projects/widget/project.yaml"), "id: widget\nname: Widget\n" + yaml);
    }

    private List<String> problems() {
        DataException e = assertThrows(DataException.class, () -> DataRepository.load(root));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void platformNamesLoad() throws Exception {
        project("forge: https://github.com/acme/widget\nhub: datasets/acme/corpus\npackages:\n"
                + "  - registry: npm\n    name: '@acme/widget'\n  - registry: pypi\n    name: widget\n");
        var p = DataRepository.load(root).projects().get("widget");
        assertEquals("datasets/acme/corpus", p.hub());
        assertEquals(Registry.NPM, p.packages().get(0).registry());
        assertEquals("@acme/widget", p.packages().get(0).name());
    }

    @Test
    void badPlatformNamesAreReportedWithTheirLine() throws Exception {
        project("forge: github.com/acme/widget\nhub: just-a-name\npackages:\n  - registry: maven\n    name: w\n"
                + "  - registry: npm\n    name: two words\n");
        List<String> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("projects/widget/project.yaml:3:8: 'forge' is the repository's web address on its forge, e.g."
                + " https://github.com/owner/name", problems.get(0));
        assertEquals("projects/widget/project.yaml:4:6: 'hub' is a Hugging Face repository: owner/name,"
                + " datasets/owner/name, or its https://huggingface.co URL", problems.get(1));
        assertEquals(true, problems.get(2).startsWith("projects/widget/project.yaml:6:15: "), problems.get(2));
        assertEquals("projects/widget/project.yaml:9:11: a package name has no spaces", problems.get(3));
    }

    @Test
    void imagesLoadAndBadOnesAreReportedWithTheirLine() throws Exception {
        project("images:\n  - ghcr.io/acme/widget\n  - acme/widget\n");
        assertEquals(List.of("ghcr.io/acme/widget", "acme/widget"), DataRepository.load(root).projects().get("widget")
                .images());
        project("images:\n  - quay.io/acme/widget\n  - acme/widget:latest\n  - \"<script>\"\npackages:\n"
                + "  - registry: docker\n    name: acme/widget\n");
        List<String> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("projects/widget/project.yaml:4:5: an image is docker.io/org/name,"),
                problems.get(0));
        assertEquals(true, problems.get(1).startsWith("projects/widget/project.yaml:5:5: "), problems.get(1));
        assertEquals(true, problems.get(2).startsWith("projects/widget/project.yaml:6:5: "), problems.get(2));
        assertEquals("projects/widget/project.yaml:8:15: a container image is named under 'images', e.g. images:"
                + " [docker.io/org/name]", problems.get(3));
    }
}
