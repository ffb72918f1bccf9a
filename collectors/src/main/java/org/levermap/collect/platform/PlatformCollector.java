package org.levermap.collect.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levermap.collect.domain.Rdap;
import org.levermap.collect.forge.ForgeRepository;
import org.levermap.collect.forge.GitHubForge;
import org.levermap.collect.forge.GitLabForge;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.hub.HubRepository;
import org.levermap.collect.hub.HuggingFaceHub;
import org.levermap.collect.registry.ContainerImages;
import org.levermap.collect.registry.PackageRegistries;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.HubFacts;
import org.levermap.model.ImageRef;
import org.levermap.model.PackageFacts;
import org.levermap.model.PackageRef;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Project;
import org.levermap.model.ProjectKind;

/**
 * Asks the platforms a project names who holds its levers outside git. Each source is asked on its
 * own; a failure is reported in the user's terms (rate limit and its reset, wrong name, missing token)
 * and the other sources still answer.
 */
public final class PlatformCollector {

    private final ApiClient client;
    private final Endpoints endpoints;
    private final Map<String, String> environment;
    private final LocalDate today;

    /**
     * @param cacheRoot levermap's cache folder; answers go in {@code api/} with their ETags
     * @param timeout how long one request may take
     * @param endpoints the APIs' base URLs
     * @param environment where tokens are read: {@code GITHUB_TOKEN}, {@code HF_TOKEN}
     * @param today the day of reading
     * @param userAgent the User-Agent sent
     */
    public PlatformCollector(Path cacheRoot, Duration timeout, Endpoints endpoints, Map<String, String> environment,
            LocalDate today, String userAgent) {
        this.client = new ApiClient(cacheRoot == null ? null : cacheRoot.resolve("api"), timeout, userAgent);
        this.endpoints = endpoints;
        this.environment = Map.copyOf(environment);
        this.today = today;
    }

    /** Collects the chosen sources that apply to {@code project}. */
    public PlatformResult collect(Project project, Set<Platform> sources) {
        return collect(project, sources, List.of());
    }

    /**
     * Collects the chosen sources that apply to {@code project}.
     *
     * @param teams the CODEOWNERS teams ({@code @org/team}) git found, whose members the forge is asked for
     */
    public PlatformResult collect(Project project, Set<Platform> sources, List<String> teams) {
        List<String> failures = new ArrayList<>();
        ForgeFacts forge = sources.contains(Platform.FORGE) ? forge(project, teams, failures) : null;
        HubFacts hub = sources.contains(Platform.HUB) ? hub(project, failures) : null;
        List<PackageFacts> packages = sources.contains(Platform.REGISTRY) ? packages(project, failures) : List.of();
        DomainFacts domain = sources.contains(Platform.DOMAIN) ? domain(project, failures) : null;
        boolean any = forge != null || hub != null || !packages.isEmpty() || domain != null;
        return new PlatformResult(any ? new PlatformFacts(forge, hub, packages, domain) : null, failures);
    }

    private ForgeFacts forge(Project project, List<String> teams, List<String> failures) {
        ForgeRepository repo = ForgeRepository.parse(project.forge() != null ? project.forge() : project.repository());
        if (repo == null) {
            if (project.forge() != null) {
                failures.add("forge: 'forge: " + project.forge() + "' is not a repository URL on GitHub, GitLab or"
                        + " Codeberg");
            }
            return null;
        }
        String variable = switch (repo.kind()) {
            case GITHUB -> "GITHUB_TOKEN";
            case GITLAB -> "GITLAB_TOKEN";
            case FORGEJO -> "FORGEJO_TOKEN";
        };
        String token = token(variable);
        List<String> partial = new ArrayList<>();
        try {
            ForgeFacts facts = switch (repo.kind()) {
                case GITHUB -> new GitHubForge(new ApiSource(client, endpoints.of("github"), token, today))
                        .collect(repo, teams, partial);
                case FORGEJO -> new GitHubForge(new ApiSource(client, endpoints.onHost("forgejo", repo.host()), token,
                        today), ForgeKind.FORGEJO).collect(repo, partial);
                case GITLAB -> new GitLabForge(new ApiSource(client, endpoints.onHost("gitlab", repo.host()), token,
                        today)).collect(repo, partial);
            };
            partial.forEach(p -> failures.add("forge: " + p + noToken(token, variable, p)));
            return facts;
        } catch (ApiException e) {
            failures.add("forge: " + e.getMessage() + (e.reason() == ApiException.Reason.NOT_FOUND
                    ? " (is '" + repo.path() + "' the repository's name on " + repo.host() + "?)" : "")
                    + noToken(token, variable, e.getMessage()));
            return null;
        }
    }

    private HubFacts hub(Project project, List<String> failures) {
        boolean dataset = project.kind() == ProjectKind.DATASET;
        HubRepository repo = project.hub() != null ? HubRepository.parse(project.hub(), dataset)
                : HubRepository.fromUrl(project.repository(), dataset);
        if (repo == null) {
            if (project.hub() != null) {
                failures.add("hub: 'hub: " + project.hub() + "' is not owner/name nor a huggingface.co URL");
            }
            return null;
        }
        String token = token("HF_TOKEN");
        List<String> partial = new ArrayList<>();
        try {
            HubFacts facts = new HuggingFaceHub(new ApiSource(client, endpoints.of("hub"), token, today)).collect(repo, partial);
            partial.forEach(p -> failures.add("hub: " + p));
            return facts;
        } catch (ApiException e) {
            failures.add("hub: " + e.getMessage() + (e.reason() == ApiException.Reason.UNAUTHORIZED && token == null
                    ? "; set HF_TOKEN to read a private or gated repository's owner, gating and commits" : ""));
            return null;
        }
    }

    private List<PackageFacts> packages(Project project, List<String> failures) {
        PackageRegistries registries = new PackageRegistries(client, new PackageRegistries.Bases(
                endpoints.of("npm"), endpoints.of("crates"), endpoints.of("pypi")), today);
        List<PackageFacts> packages = new ArrayList<>();
        for (PackageRef ref : project.packages()) {
            try {
                packages.add(registries.collect(ref));
            } catch (ApiException e) {
                failures.add("registry: " + ref.registry().keyword() + " " + ref.name() + ": " + e.getMessage());
            }
        }
        ContainerImages images = new ContainerImages(new ApiSource(client, endpoints.of("docker"), null, today),
                new ApiSource(client, endpoints.of("github"), token("GITHUB_TOKEN"), today));
        for (String reference : project.images()) {
            ImageRef image = ImageRef.parse(reference).orElse(null);
            if (image == null) {
                failures.add("registry: image '" + reference + "' is not docker.io/org/name nor ghcr.io/owner/name");
                continue;
            }
            List<String> partial = new ArrayList<>();
            try {
                packages.add(images.collect(image, partial));
            } catch (ApiException e) {
                partial.add(e.getMessage());
            }
            partial.forEach(p -> failures.add("registry: image " + reference + ": " + p));
        }
        return packages;
    }

    private DomainFacts domain(Project project, List<String> failures) {
        String domain = Rdap.domainOf(project.website());
        if (domain == null) {
            return null;
        }
        try {
            return new Rdap(new ApiSource(client, endpoints.of("rdap"), null, today)).collect(domain);
        } catch (ApiException e) {
            failures.add("domain: " + e.getMessage());
            return null;
        }
    }

    private String token(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What an anonymous request would have shown with a token. */
    private static String noToken(String token, String variable, String message) {
        return token == null && message.contains("needs a token")
                ? "; set " + variable + " to read it (members who hide their membership, branch protection)" : "";
    }
}
