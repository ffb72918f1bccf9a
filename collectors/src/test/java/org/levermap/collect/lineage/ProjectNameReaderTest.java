package org.levermap.collect.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectNameReaderTest {

    private final GitFixture git = new GitFixture();

    private Optional<String> name(Map<String, String> files) throws Exception {
        return ProjectNameReader.nameAt(git.repo, git.commit("c", LocalDate.of(2024, 1, 1), files));
    }

    @Test
    void readsManifestsBeforeTheReadme() throws Exception {
        assertEquals(Optional.of("terraform"), name(Map.of("go.mod", "module github.com/hashicorp/terraform\n\ngo 1.21\n",
                "README.md", "# Terraform\n")));
        assertEquals(Optional.of("opentofu"), name(Map.of("go.mod", "module github.com/opentofu/opentofu/v2\n")));
        assertEquals(Optional.of("left-pad"), name(Map.of("package.json", "{\"version\": \"1\", \"name\": \"left-pad\"}")));
        assertEquals(Optional.of("vllm"), name(Map.of("pyproject.toml",
                "[build-system]\nrequires = []\n\n[project]\nversion = \"1\"\nname = \"vllm\"\n")));
        assertEquals(Optional.of("ripgrep"), name(Map.of("Cargo.toml", "[package]\nname = \"ripgrep\"\n")));
        assertEquals(Optional.of("petals"), name(Map.of("setup.py", "setup(\n    name='petals',\n)\n")));
    }

    @Test
    void fallsBackToTheReadmesFirstHeading() throws Exception {
        assertEquals(Optional.of("Redis"), name(Map.of("README.md",
                "This README is just a fast *quick start* document.\n\nWhat is Redis?\n--------------\n\nMore.\n")));
        assertEquals(Optional.of("Ollama"), name(Map.of("README.md", "<div>logo</div>\n\n# [Ollama](https://ollama.com)\n")));
        assertEquals(Optional.empty(), name(Map.of("README.md", "no heading at all\n")));
        assertEquals(Optional.empty(), name(Map.of("main.c", "int main;")));
    }
}
