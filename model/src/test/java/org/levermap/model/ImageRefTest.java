package org.levermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageRefTest {

    @Test
    void dockerHubReferencesNameTheirNamespace() {
        assertEquals(Optional.of(new ImageRef(Registry.DOCKER, "acme", "widget")), ImageRef.parse("docker.io/acme/widget"));
        assertEquals(Optional.of(new ImageRef(Registry.DOCKER, "acme", "widget")), ImageRef.parse("acme/widget"));
        assertEquals(Optional.of(new ImageRef(Registry.DOCKER, "acme", "my-widget_2")),
                ImageRef.parse("registry-1.docker.io/acme/my-widget_2"));
        assertEquals(Optional.of(new ImageRef(Registry.DOCKER, "library", "nginx")), ImageRef.parse("nginx"),
                "an official image belongs to Docker's library namespace");
        assertEquals("acme/widget", ImageRef.parse("acme/widget").orElseThrow().path());
    }

    @Test
    void ghcrReferencesNameTheGitHubAccountFirst() {
        assertEquals(Optional.of(new ImageRef(Registry.GHCR, "acme", "tools/widget")),
                ImageRef.parse("ghcr.io/acme/tools/widget"));
    }

    @Test
    void otherHostsTagsAndBadPathsAreNoImage() {
        for (String bad : new String[] {"quay.io/acme/widget", "acme/widget:1.0", "acme/widget@sha256:abc", "ghcr.io/acme",
                "Acme/Widget", "a/b/c", "", " ", "<script>/x", "acme//widget", "acme/-widget"}) {
            assertTrue(ImageRef.parse(bad).isEmpty(), bad);
        }
        assertTrue(ImageRef.parse(null).isEmpty());
    }
}
