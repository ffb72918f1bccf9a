package org.levermap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.levermap.model.repo.FileKind;
import org.levermap.model.schema.SchemaGenerator;

/** The files {@code levermap init} writes: path in the new data repository → content. */
final class Scaffold {

    /** The workflow's path in a data repository. */
    static final String WORKFLOW = ".github/workflows/levermap.yml";

    /** The sharded collection workflow's path in a data repository ({@code init --shards N}). */
    static final String COLLECT_WORKFLOW = ".github/workflows/levermap-collect.yml";

    /** Resource under {@code init/} → path in the data repository, in the order they are written. */
    private static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("levermap.yaml", "levermap.yaml");
        TEMPLATES.put("projects/pytorch/project.yaml", "projects/pytorch/project.yaml");
        TEMPLATES.put("actors/linux-foundation.yaml", "actors/linux-foundation.yaml");
        TEMPLATES.put("actors/meta.yaml", "actors/meta.yaml");
        TEMPLATES.put("actors/README.md", "actors/README.md");
        TEMPLATES.put("alliances/README.md", "alliances/README.md");
        TEMPLATES.put("README.md", "README.md");
        TEMPLATES.put("gitignore", ".gitignore");
        TEMPLATES.put("github-workflow.yml", WORKFLOW);
    }

    private Scaffold() {
    }

    /** Every file of a new data repository, by path relative to its root, written by this levermap version. */
    static Map<String, String> files() {
        return files(VersionProvider.version(), VersionProvider.repository());
    }

    /**
     * Every file of a new data repository, by path relative to its root; the workflow uses the Action of
     * {@code repository} pinned to the release of {@code version}.
     */
    static Map<String, String> files(String version, String repository) {
        Map<String, String> files = new LinkedHashMap<>();
        TEMPLATES.forEach((resource, path) -> files.put(path, read(Scaffold.class, "init/" + resource)));
        files.put(WORKFLOW, pinned(files.get(WORKFLOW), version, repository));
        for (FileKind kind : FileKind.values()) {
            files.put("schema/" + kind.schemaFileName(), read(SchemaGenerator.class, kind.schemaFileName()));
        }
        return files;
    }

    /** The workflow that collects every project monthly in {@code shards} parallel jobs, by this levermap version. */
    static String collectWorkflow(int shards) {
        return collectWorkflow(shards, VersionProvider.version(), VersionProvider.repository());
    }

    /**
     * The workflow that collects every project monthly in {@code shards} parallel jobs, merges their snapshots,
     * builds and publishes the site, with the Action of {@code repository} pinned to the release of {@code version}.
     */
    static String collectWorkflow(int shards, String version, String repository) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= shards; i++) {
            list.append(i == 1 ? "" : ", ").append(i);
        }
        return pinned(read(Scaffold.class, "init/github-collect-workflow.yml"), version, repository)
                .replace("%SHARD_LIST%", list).replace("%SHARDS%", Integer.toString(shards));
    }

    private static String pinned(String workflow, String version, String repository) {
        return workflow.replace("%REPOSITORY%", repository).replace("%TAG%", VersionProvider.releaseTag(version))
                .replace("%VERSION%", version);
    }

    /** The default theme's files, as a data repository holds its overrides: templates/… and static/…. */
    static Map<String, byte[]> theme() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : org.levermap.render.theme.Theme.defaultFiles()) {
            files.put(path, org.levermap.render.theme.Theme.defaultFile(path));
        }
        return files;
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("levermap is missing its resource " + resource + "; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
