package org.levermap.collect.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.ImageRef;
import org.levermap.model.PackageFacts;

/**
 * Asks who owns a container image, anonymously. Docker Hub: {@code GET /v2/namespaces/{ns}/repositories/{name}}
 * (the image, its namespace and when it was registered), then the namespace's account,
 * {@code GET /v2/orgs/{ns}} or, for a user, {@code GET /v2/users/{ns}}. GHCR has no anonymous API for
 * an image's metadata, but an image under {@code ghcr.io/<owner>/} can only be pushed by that GitHub
 * account or whom it grants, so the owner is read from the path and its kind from GitHub's
 * {@code GET /users/{owner}}; whether the image exists is not checked.
 */
public final class ContainerImages {

    private final ApiSource dockerHub;
    private final ApiSource github;

    /**
     * @param dockerHub Docker Hub's API root ({@code https://hub.docker.com}), anonymous
     * @param github GitHub's API root and its token, if any (GHCR's owners are GitHub accounts)
     */
    public ContainerImages(ApiSource dockerHub, ApiSource github) {
        this.dockerHub = dockerHub;
        this.github = github;
    }

    /**
     * The image's owner; {@code warnings} receives what could not be read beyond the image itself.
     *
     * @throws ApiException when the image (Docker Hub) or its owning account (GHCR) cannot be read
     */
    public PackageFacts collect(ImageRef image, List<String> warnings) throws ApiException {
        return switch (image.registry()) {
            case GHCR -> ghcr(image);
            case DOCKER -> docker(image, warnings);
            default -> throw new IllegalArgumentException(image.registry().keyword() + " is no container registry");
        };
    }

    private PackageFacts docker(ImageRef image, List<String> warnings) throws ApiException {
        String path = "/v2/namespaces/" + image.namespace() + "/repositories/" + image.name();
        JsonNode r = dockerHub.get(path).body();
        String namespace = JsonFields.text(r, "namespace");
        String owner = namespace != null ? namespace : image.namespace();
        return new PackageFacts(image.registry(), image.path(), List.of(owner), null, JsonFields.day(r, "date_registered"),
                dockerHub.evidence(path, "namespace"), dockerAccount(owner, warnings));
    }

    /** The namespace's account: an organisation when {@code /v2/orgs} knows it, else a user when {@code /v2/users} does. */
    private PackageFacts.OwnerAccount dockerAccount(String namespace, List<String> warnings) {
        String orgPath = "/v2/orgs/" + namespace;
        try {
            JsonNode o = dockerHub.get(orgPath).body();
            return new PackageFacts.OwnerAccount(namespace, AccountKind.ORGANIZATION, name(o, "full_name", "company"),
                    dockerHub.evidence(orgPath, "orgname"));
        } catch (ApiException e) {
            if (e.reason() != ApiException.Reason.NOT_FOUND && e.reason() != ApiException.Reason.UNAUTHORIZED) {
                warnings.add("the owner of the image's namespace " + namespace + ": " + e.getMessage());
                return null;
            }
        }
        String userPath = "/v2/users/" + namespace;
        try {
            JsonNode u = dockerHub.get(userPath).body();
            return new PackageFacts.OwnerAccount(namespace, kind(JsonFields.text(u, "type")), name(u, "full_name", "company"),
                    dockerHub.evidence(userPath, "type"));
        } catch (ApiException e) {
            warnings.add("the owner of the image's namespace " + namespace + ": " + e.getMessage());
            return null;
        }
    }

    private PackageFacts ghcr(ImageRef image) throws ApiException {
        String path = "/users/" + image.namespace();
        JsonNode u = github.get(path).body();
        String login = JsonFields.text(u, "login");
        String owner = login != null ? login : image.namespace();
        ApiEvidence evidence = github.evidence(path, "type");
        return new PackageFacts(image.registry(), image.path(), List.of(owner), null, null, evidence.field("login"),
                new PackageFacts.OwnerAccount(owner, kind(JsonFields.text(u, "type")), name(u, "name", "company"),
                        evidence));
    }

    private static AccountKind kind(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("org") ? AccountKind.ORGANIZATION : t.equals("user") ? AccountKind.USER : null;
    }

    /** The display name, else the company the account names. */
    private static String name(JsonNode account, String nameField, String companyField) {
        String name = JsonFields.text(account, nameField);
        return name != null ? name : JsonFields.text(account, companyField);
    }
}
