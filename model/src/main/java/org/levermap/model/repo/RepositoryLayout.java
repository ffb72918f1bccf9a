package org.levermap.model.repo;

import java.nio.file.Path;

/** Where each kind of file lives in a data repository. */
public final class RepositoryLayout {

    /** The site settings file at the root. */
    public static final String CONFIG = "levermap.yaml";
    /** Folder of projects, one sub-folder each. */
    public static final String PROJECTS = "projects";
    /** A project's identity file inside its folder. */
    public static final String PROJECT_FILE = "project.yaml";
    /** A project's snapshots folder inside its folder. */
    public static final String SNAPSHOTS = "snapshots";
    /** Folder of actor files. */
    public static final String ACTORS = "actors";
    /** Folder of alliance files. */
    public static final String ALLIANCES = "alliances";
    /** Folder of JSON Schemas written by {@code init}. */
    public static final String SCHEMA = "schema";

    private RepositoryLayout() {
    }

    /** {@code projects/<id>/project.yaml}. */
    public static Path projectFile(Path root, String id) {
        return root.resolve(PROJECTS).resolve(id).resolve(PROJECT_FILE);
    }

    /** {@code projects/<id>/snapshots/<date>.yaml}. */
    public static Path snapshotFile(Path root, String projectId, java.time.LocalDate date) {
        return root.resolve(PROJECTS).resolve(projectId).resolve(SNAPSHOTS).resolve(date + ".yaml");
    }
}
