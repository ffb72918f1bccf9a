package org.levermap.collect.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levermap.collect.http.ApiClient;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.ApiEvidence;
import org.levermap.model.PackageFacts;
import org.levermap.model.PackageRef;

/**
 * Asks each registry who can publish under a name. npm: {@code GET /{name}} ({@code maintainers},
 * {@code dist-tags.latest}, {@code time.created}); crates.io: {@code GET /api/v1/crates/{name}} and
 * {@code /owners} (users and teams); PyPI: {@code GET /pypi/{name}/json} ({@code ownership}: the
 * organisation and the users' roles, where the answer has them; {@code info.author} is not an owner).
 */
public final class PackageRegistries {

    /**
     * The registries' roots.
     *
     * @param npm {@code https://registry.npmjs.org}
     * @param crates {@code https://crates.io}
     * @param pypi {@code https://pypi.org}
     */
    public record Bases(String npm, String crates, String pypi) {
    }

    private final ApiClient client;
    private final Bases bases;
    private final LocalDate today;

    public PackageRegistries(ApiClient client, Bases bases, LocalDate today) {
        this.client = client;
        this.bases = bases;
        this.today = today;
    }

    /** One package's facts. */
    public PackageFacts collect(PackageRef ref) throws ApiException {
        return switch (ref.registry()) {
            case NPM -> npm(ref);
            case CRATES -> crates(ref);
            case PYPI -> pypi(ref);
            case DOCKER, GHCR -> throw new IllegalArgumentException("a container image is read by ContainerImages");
        };
    }

    private PackageFacts npm(PackageRef ref) throws ApiException {
        // A scoped name keeps its @ and encodes its slash, as the registry documents.
        String url = root(bases.npm()) + "/" + ref.name().replace("/", "%2F");
        JsonNode p = client.get(url, null).body();
        return new PackageFacts(ref.registry(), ref.name(), JsonFields.each(p.get("maintainers"), "name"),
                JsonFields.text(p, "dist-tags.latest"), JsonFields.day(p, "time.created"),
                new ApiEvidence(url, "maintainers", today));
    }

    private PackageFacts crates(PackageRef ref) throws ApiException {
        String crate = root(bases.crates()) + "/api/v1/crates/" + encode(ref.name());
        JsonNode c = client.get(crate, null).body();
        String ownersUrl = crate + "/owners";
        JsonNode owners = client.get(ownersUrl, null).body();
        String latest = JsonFields.text(c, "crate.max_stable_version");
        return new PackageFacts(ref.registry(), ref.name(), JsonFields.each(owners.get("users"), "login"),
                latest != null ? latest : JsonFields.text(c, "crate.max_version"), JsonFields.day(c, "crate.created_at"),
                new ApiEvidence(ownersUrl, "users", today));
    }

    private PackageFacts pypi(PackageRef ref) throws ApiException {
        String url = root(bases.pypi()) + "/pypi/" + encode(ref.name()) + "/json";
        JsonNode p = client.get(url, null).body();
        List<String> owners = new ArrayList<>();
        String organisation = JsonFields.text(p, "ownership.organization");
        if (organisation != null) {
            owners.add(organisation);
        }
        JsonNode roles = JsonFields.at(p, "ownership.roles");
        if (roles != null && roles.isArray()) {
            for (JsonNode role : roles) {
                String user = JsonFields.text(role, "user");
                if (user != null && !owners.contains(user)) {
                    owners.add(user);
                }
            }
        }
        return new PackageFacts(ref.registry(), ref.name(), owners, JsonFields.text(p, "info.version"),
                earliestUpload(p.get("releases")), new ApiEvidence(url, "ownership", today));
    }

    /** The first upload of any release: when the name was first published. */
    private static LocalDate earliestUpload(JsonNode releases) {
        LocalDate first = null;
        if (releases != null && releases.isObject()) {
            for (JsonNode files : releases) {
                for (JsonNode file : files) {
                    LocalDate d = JsonFields.day(file, "upload_time_iso_8601");
                    if (d != null && (first == null || d.isBefore(first))) {
                        first = d;
                    }
                }
            }
        }
        return first;
    }

    private static String root(String base) {
        return base.replaceAll("/+$", "");
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
