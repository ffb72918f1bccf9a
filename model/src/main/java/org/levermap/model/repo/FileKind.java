package org.levermap.model.repo;

import org.levermap.model.Actor;
import org.levermap.model.Alliance;
import org.levermap.model.Project;
import org.levermap.model.SiteConfig;
import org.levermap.model.Snapshot;

/** The kinds of YAML file in a data repository, with their record type and JSON Schema. */
public enum FileKind {
    /** {@code levermap.yaml}. */
    CONFIG(SiteConfig.class, "levermap", ""),
    /** {@code projects/<id>/project.yaml}. */
    PROJECT(Project.class, "project", "../../"),
    /** {@code projects/<id>/snapshots/<date>.yaml}. */
    SNAPSHOT(Snapshot.class, "snapshot", "../../../"),
    /** {@code actors/<id>.yaml}. */
    ACTOR(Actor.class, "actor", "../"),
    /** {@code alliances/<id>.yaml}. */
    ALLIANCE(Alliance.class, "alliance", "../");

    private final Class<? extends Record> type;
    private final String schemaName;
    private final String pathToRoot;

    FileKind(Class<? extends Record> type, String schemaName, String pathToRoot) {
        this.type = type;
        this.schemaName = schemaName;
        this.pathToRoot = pathToRoot;
    }

    /** The record a file of this kind holds. */
    public Class<? extends Record> type() {
        return type;
    }

    /** File name of the JSON Schema, e.g. {@code project.schema.json}. */
    public String schemaFileName() {
        return schemaName + ".schema.json";
    }

    /** The first line of every file levermap writes, so that editors validate it against the schema. */
    public String schemaComment() {
        return "# yaml-language-server: $schema=" + pathToRoot + "schema/" + schemaFileName();
    }
}
