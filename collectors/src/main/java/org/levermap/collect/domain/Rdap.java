package org.levermap.collect.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.levermap.collect.http.ApiSource;
import org.levermap.collect.http.ApiException;
import org.levermap.collect.http.JsonFields;
import org.levermap.model.DomainFacts;

/**
 * Reads a domain from RDAP ({@code GET {base}/domain/{name}}; {@code https://rdap.org} redirects to the
 * registry that holds it): the registrar, the registrant organisation where the registry does not
 * redact it, and the registration and expiration events.
 */
public final class Rdap {

    private final ApiSource api;

    /** @param api the RDAP root ({@code https://rdap.org}), read without a token */
    public Rdap(ApiSource api) {
        this.api = api;
    }

    /** The domain's facts. */
    public DomainFacts collect(String domain) throws ApiException {
        String path = "/domain/" + domain;
        JsonNode d = api.get(path).body();
        LocalDate registered = null;
        LocalDate expires = null;
        JsonNode events = d.get("events");
        if (events != null && events.isArray()) {
            for (JsonNode e : events) {
                String action = JsonFields.text(e, "eventAction");
                if ("registration".equals(action)) {
                    registered = JsonFields.day(e, "eventDate");
                } else if ("expiration".equals(action)) {
                    expires = JsonFields.day(e, "eventDate");
                }
            }
        }
        return new DomainFacts(domain, entity(d, "registrar", "fn"), registrant(d), registered, expires,
                api.evidence(path, "entities"));
    }

    /** The registrant's organisation (or name), unless redacted. */
    private static String registrant(JsonNode d) {
        String org = entity(d, "registrant", "org");
        String name = org != null ? org : entity(d, "registrant", "fn");
        return name == null || name.toLowerCase(Locale.ROOT).contains("redacted")
                || name.toLowerCase(Locale.ROOT).contains("privacy") ? null : name;
    }

    /** A vCard property of the first entity with a role ({@code vcardArray: ["vcard", [[name, {}, type, value]…]]}). */
    static String entity(JsonNode d, String role, String property) {
        JsonNode entities = d.get("entities");
        if (entities == null || !entities.isArray()) {
            return null;
        }
        for (JsonNode entity : entities) {
            if (!JsonFields.texts(entity, "roles").contains(role)) {
                continue;
            }
            JsonNode vcard = entity.get("vcardArray");
            if (vcard == null || !vcard.isArray() || vcard.size() < 2 || !vcard.get(1).isArray()) {
                continue;
            }
            for (JsonNode prop : vcard.get(1)) {
                if (prop.isArray() && prop.size() >= 4 && property.equals(prop.get(0).asText())) {
                    String value = prop.get(3).isArray() ? prop.get(3).get(0).asText() : prop.get(3).asText();
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The registered domain of a website URL: its last two labels, or three under a two-letter country
     * code whose second level is generic ({@code example.co.uk}); null for no host or an IP address.
     */
    public static String domainOf(String website) {
        if (website == null) {
            return null;
        }
        String host;
        try {
            host = URI.create(website.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || host.matches("[0-9.]+|\\[.*]")) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && labels[labels.length - 2].matches("co|com|org|net|ac|gov|edu") ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }
}
