package org.levermap.collect.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.levermap.model.repo.Sha256;

/**
 * Answers kept with their ETag, one file per URL (and per anonymous or authenticated request, as a token
 * may see more), so a repeated request can ask {@code If-None-Match} and a {@code 304} costs no rate limit.
 * A damaged entry is a miss, never an error.
 */
final class ResponseCache {

    /**
     * A cached answer.
     *
     * @param etag its ETag
     * @param body its body
     * @param next its next page
     */
    record Entry(String etag, String body, String next) {
    }

    private final Path folder;

    ResponseCache(Path folder) {
        this.folder = folder;
    }

    Optional<Entry> get(String url, boolean authenticated) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(url, authenticated);
        try {
            var node = Json.MAPPER.readTree(file.toFile());
            if (node == null || !node.hasNonNull("etag") || !node.hasNonNull("body")) {
                return Optional.empty();
            }
            return Optional.of(new Entry(node.get("etag").asText(), node.get("body").asText(),
                    node.hasNonNull("next") ? node.get("next").asText() : null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String url, boolean authenticated, Entry entry) {
        if (folder == null) {
            return;
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("url", url);
        node.put("etag", entry.etag());
        node.put("body", entry.body());
        node.put("next", entry.next());
        Path file = file(url, authenticated);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "entry", ".tmp");
            Files.writeString(tmp, Json.MAPPER.writeValueAsString(node), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs rate limit on the next run.
        }
    }

    private Path file(String url, boolean authenticated) {
        return folder.resolve(Sha256.hex((authenticated ? "auth " : "anon ") + url, 16) + ".json");
    }
}
