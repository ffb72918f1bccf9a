package org.levermap.model.assess;

import java.util.List;
import java.util.Optional;
import org.levermap.model.RepositoryAddress;

/**
 * The account that owns the project's repository, read from its address: {@code <org>} in
 * {@code https://github.com/<org>/<repo>} (also GitLab, Codeberg and SSH addresses) and in
 * {@code https://huggingface.co/<org>/<model>}. That account holds the repository: it can delete it,
 * rename it and choose who merges. It is matched to an actor whose id or alias is the account's name,
 * compared without case or punctuation ({@code Stability-AI} is {@code stability-ai}).
 */
final class RepositoryOwner {

    private static final List<String> FORGES = List.of("github.com", "gitlab.com", "codeberg.org", "huggingface.co");

    private RepositoryOwner() {
    }

    /** The owning account's name as written in the address, when the address is on a known forge or hub. */
    static Optional<String> account(String repository) {
        Optional<RepositoryAddress> address = RepositoryAddress.parse(repository);
        String host = address.map(x -> x.host().replaceFirst("^www\\.", "")).orElse("");
        if (!FORGES.contains(host)) {
            return Optional.empty();
        }
        List<String> segments = address.get().segments();
        // A hub's datasets and spaces sit one level down: huggingface.co/datasets/<org>/<name>.
        int first = host.equals("huggingface.co") && !segments.isEmpty()
                && (segments.get(0).equals("datasets") || segments.get(0).equals("spaces")) ? 1 : 0;
        return segments.size() > first + 1 ? Optional.of(segments.get(first)) : Optional.empty();
    }

    /** The actor the account belongs to: the one whose id or an alias equals its name (see {@link ActorDirectory#ofAccount}). */
    static Optional<String> actor(String account, ActorDirectory actors) {
        return Optional.ofNullable(actors.ofAccount(account));
    }
}
