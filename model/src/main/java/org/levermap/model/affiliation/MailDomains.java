package org.levermap.model.affiliation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mail domains that say nothing of an employer: public mail providers, forwarding and alias
 * services (pobox.com, Fastmail, Firefox Relay…), forges' no-reply addresses, placeholders. Their
 * users are individuals. The list, with a source for each group, is the resource
 * {@code mail-domains.txt} beside this class.
 */
public final class MailDomains {

    private static final Set<String> LISTED = load();

    private MailDomains() {
    }

    /**
     * Whether an address at {@code domain} is a person's own rather than an organisation's: a listed
     * domain or a sub-domain of one, a machine-local name, or no domain at all.
     */
    public static boolean isPersonal(String domain) {
        if (domain == null || domain.isBlank() || !domain.contains(".")) {
            return true;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith(".local") || d.endsWith(".localdomain") || d.endsWith(".lan") || d.endsWith(".internal")
                || d.endsWith(".(none)") || d.equals("(none)")) {
            return true;
        }
        for (String s = d; s.indexOf('.') >= 0; s = s.substring(s.indexOf('.') + 1)) {
            if (LISTED.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> domains = new HashSet<>();
        try (InputStream in = MailDomains.class.getResourceAsStream("mail-domains.txt")) {
            if (in == null) {
                throw new IllegalStateException("mail-domains.txt is missing from the model jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String domain = (hash < 0 ? line : line.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
                if (!domain.isEmpty()) {
                    domains.add(domain);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(domains);
    }
}
