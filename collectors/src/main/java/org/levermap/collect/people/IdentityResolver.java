package org.levermap.collect.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.levermap.collect.git.Mailmap;
import org.levermap.model.Actor;

/**
 * Resolves commit identities, in order: the {@code .mailmap} of the snapshot's commit, the
 * lower-cased e-mail, then the actors: a person actor by alias (e-mail, name, or the GitHub login of a
 * no-reply address), an organisation by e-mail domain, or the person's organisation on the date.
 * Public mail providers and GitHub no-reply addresses make individuals.
 */
public final class IdentityResolver {

    private final Mailmap mailmap;
    private final ActorDirectory actors;
    private final LocalDate date;
    private final Map<String, Identity> cache = new HashMap<>();

    public IdentityResolver(Mailmap mailmap, ActorDirectory actors, LocalDate date) {
        this.mailmap = mailmap;
        this.actors = actors;
        this.date = date;
    }

    /** The identity of a recorded name and e-mail. */
    public Identity resolve(Mailmap.Ident recorded) {
        return cache.computeIfAbsent(recorded.name() + '\n' + recorded.email(), k -> compute(recorded));
    }

    private Identity compute(Mailmap.Ident recorded) {
        Mailmap.Ident mapped = mailmap.map(recorded.name(), recorded.email());
        String email = mapped.email().strip().toLowerCase(Locale.ROOT);
        String key = email.isEmpty() ? mapped.name().strip().toLowerCase(Locale.ROOT) : email;
        if (key.isEmpty()) {
            // Old commits may record neither: they still count, as one unknown author.
            key = "(unknown)";
        }
        boolean bot = BotRule.isBot(mapped.name(), email) || actors.isBot(mapped.name(), email);
        String domain = email.contains("@") ? email.substring(email.lastIndexOf('@') + 1) : "";
        Actor person = actors.person(email);
        if (person == null && domain.endsWith("users.noreply.github.com")) {
            String user = email.substring(0, email.indexOf('@'));
            person = actors.person(user.contains("+") ? user.substring(user.indexOf('+') + 1) : user);
        }
        if (person == null) {
            person = actors.person(mapped.name());
        }
        Actor organisation = person == null ? null : actors.parentOn(person, date);
        if (organisation == null && !MailProviders.isIndividual(domain)) {
            organisation = actors.organisationOfDomain(domain);
        }
        String organisationName;
        if (organisation != null) {
            organisationName = organisation.id();
        } else if (MailProviders.isIndividual(domain)) {
            organisationName = Identity.INDIVIDUALS;
        } else {
            organisationName = domain;
        }
        return new Identity(key, mapped.name(), person == null ? null : person.id(), organisationName,
                organisation == null ? null : organisation.id(), bot);
    }
}
