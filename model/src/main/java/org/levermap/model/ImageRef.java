package org.levermap.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image as {@code project.yaml}'s {@code images} names it, split into its registry and
 * path: {@code docker.io/org/name} (also {@code org/name}, and {@code name} for Docker's official
 * {@code library} images) or {@code ghcr.io/owner/name} (a GHCR path may have more segments). The
 * first segment is the account that owns the image; a tag or digest is not part of the name.
 *
 * @param registry docker or ghcr
 * @param namespace the owning account ({@code library} for Docker's official images)
 * @param name the rest of the path
 */
public record ImageRef(Registry registry, String namespace, String name) {

    /** Docker's lower-case path component; GHCR follows the same grammar. */
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final List<String> DOCKER_HOSTS = List.of("docker.io", "index.docker.io", "registry-1.docker.io");

    /** {@code namespace/name}, as the registry names the image. */
    public String path() {
        return namespace + "/" + name;
    }

    /**
     * The image named by a reference, or empty when it is not one on Docker Hub or GHCR (another host,
     * a tag or digest, an invalid path component).
     */
    public static Optional<ImageRef> parse(String reference) {
        if (reference == null || reference.isBlank() || reference.contains(":") || reference.contains("@")) {
            return Optional.empty();
        }
        List<String> parts = List.of(reference.trim().split("/", -1));
        Registry registry = Registry.DOCKER;
        if (parts.size() > 1 && parts.get(0).contains(".")) {
            String host = parts.get(0);
            registry = host.equals("ghcr.io") ? Registry.GHCR : DOCKER_HOSTS.contains(host) ? Registry.DOCKER : null;
            parts = parts.subList(1, parts.size());
        }
        if (registry == null || parts.isEmpty() || !parts.stream().allMatch(p -> SEGMENT.matcher(p).matches())) {
            return Optional.empty();
        }
        if (registry == Registry.DOCKER) {
            if (parts.size() > 2) {
                return Optional.empty();
            }
            return Optional.of(parts.size() == 1 ? new ImageRef(registry, "library", parts.get(0))
                    : new ImageRef(registry, parts.get(0), parts.get(1)));
        }
        return parts.size() < 2 ? Optional.empty()
                : Optional.of(new ImageRef(registry, parts.get(0), String.join("/", parts.subList(1, parts.size()))));
    }
}
