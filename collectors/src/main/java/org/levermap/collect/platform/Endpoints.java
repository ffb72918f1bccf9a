package org.levermap.collect.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The APIs' base URLs, each replaceable ({@code --api github=https://ghe.example.com/api/v3}) for
 * GitHub Enterprise, a mirror, or a test server.
 *
 * @param urls by name: github, forgejo, gitlab, hub, npm, crates, pypi, docker, rdap
 */
public record Endpoints(Map<String, String> urls) {

    /** Forgejo's and GitLab's default: the API of the repository's own host. */
    static final String FORGEJO_ON_HOST = "https://{host}/api/v1";
    static final String GITLAB_ON_HOST = "https://{host}/api/v4";

    /** The public APIs. */
    public static final Endpoints DEFAULT = new Endpoints(Map.of(
            "github", "https://api.github.com",
            "forgejo", FORGEJO_ON_HOST,
            "gitlab", GITLAB_ON_HOST,
            "hub", "https://huggingface.co",
            "npm", "https://registry.npmjs.org",
            "crates", "https://crates.io",
            "pypi", "https://pypi.org",
            "docker", "https://hub.docker.com",
            "rdap", "https://rdap.org"));

    public Endpoints {
        urls = Map.copyOf(urls);
    }

    /** These endpoints with one replaced. */
    public Endpoints with(String name, String url) {
        if (!urls.containsKey(name)) {
            throw new IllegalArgumentException("no API named '" + name + "'; known: "
                    + String.join(", ", new java.util.TreeSet<>(urls.keySet())));
        }
        if (!url.matches("https?://\\S+")) {
            throw new IllegalArgumentException("the " + name + " API needs an http(s) URL, not '" + url + "'");
        }
        Map<String, String> copy = new LinkedHashMap<>(urls);
        copy.put(name, url);
        return new Endpoints(copy);
    }

    /** The API ({@code forgejo}, {@code gitlab}) serving a repository on {@code host}: its own, unless replaced. */
    public String onHost(String name, String host) {
        return urls.get(name).replace("{host}", host);
    }

    /** The base URL of an API. */
    public String of(String name) {
        return urls.get(name);
    }
}
