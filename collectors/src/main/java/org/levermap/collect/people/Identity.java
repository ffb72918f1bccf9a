package org.levermap.collect.people;

/**
 * Who a commit's author (or committer) is, after {@code .mailmap}: an observation. Which person actor
 * and which organisation it stands for is judged when the site is built
 * ({@code org.levermap.model.affiliation.Affiliations}), never here.
 *
 * @param key lower-cased e-mail after .mailmap (the lower-cased name when there is no e-mail)
 * @param name name after .mailmap
 * @param bot whether it is a bot
 */
public record Identity(String key, String name, boolean bot) {
}
