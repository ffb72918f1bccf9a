package org.levermap.model.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepositoryOwnerTest {

    @Test
    void theAccountIsReadFromForgeAndHubAddresses() {
        assertEquals(Optional.of("hashicorp"), RepositoryOwner.account("https://github.com/hashicorp/terraform"));
        assertEquals(Optional.of("Stability-AI"), RepositoryOwner.account("https://www.github.com/Stability-AI/stablediffusion.git"));
        assertEquals(Optional.of("acme"), RepositoryOwner.account("git@gitlab.com:acme/tool.git"));
        assertEquals(Optional.of("bigscience"), RepositoryOwner.account("https://huggingface.co/bigscience/bloom"));
        assertEquals(Optional.of("acme"), RepositoryOwner.account("https://huggingface.co/datasets/acme/corpus"));
    }

    @Test
    void noAccountOffAKnownForgeOrWithoutARepository() {
        assertEquals(Optional.empty(), RepositoryOwner.account("/home/me/src/tool"));
        assertEquals(Optional.empty(), RepositoryOwner.account("https://example.org/acme/tool"));
        assertEquals(Optional.empty(), RepositoryOwner.account("https://github.com/acme"));
        assertEquals(Optional.empty(), RepositoryOwner.account(null));
        assertEquals(Optional.empty(), RepositoryOwner.account("https://github.com/a b"));
    }

    @Test
    void theAccountIsMatchedToAnActorByIdOrAliasWithoutCaseOrPunctuation() {
        assertEquals(Optional.of("acme-labs"), RepositoryOwner.actor("Acme-Labs", Judge.CAST));
        assertEquals(Optional.of("acme-labs"), RepositoryOwner.actor("acmelabs", Judge.CAST));
        assertEquals(Optional.empty(), RepositoryOwner.actor("ggml-org", Judge.CAST));
    }
}
