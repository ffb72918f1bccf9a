package org.levermap.model.assess;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.levermap.model.HubFacts;

/**
 * When a hub repository's weights or its license last changed, and by whom, judged from the stored
 * commits. The hub's commit list gives no changed files, so a commit counts by its title only (the hub's
 * own uploads name their files: {@code Upload model.safetensors}, {@code Update LICENSE}); the page says
 * so, and a title naming neither is never counted.
 */
public final class HubChanges {

    /** Titles naming a weight file or the weights. */
    private static final Pattern WEIGHTS = Pattern.compile(
            "\\.(safetensors|gguf|ggml|bin|pt|pth|ckpt|onnx|h5|msgpack)\\b|\\bweights?\\b|\\bcheckpoints?\\b");
    /** Titles naming the license file or the license. */
    private static final Pattern LICENSE = Pattern.compile("\\blicen[cs]e");

    private HubChanges() {
    }

    /** The newest commit whose title names the weights. */
    public static Optional<HubFacts.HubCommit> lastWeights(HubFacts hub) {
        return newest(hub, WEIGHTS);
    }

    /** The newest commit whose title names the license. */
    public static Optional<HubFacts.HubCommit> lastLicense(HubFacts hub) {
        return newest(hub, LICENSE);
    }

    private static Optional<HubFacts.HubCommit> newest(HubFacts hub, Pattern pattern) {
        List<HubFacts.HubCommit> commits = hub == null ? List.of() : hub.commits();
        // The API lists the newest first; a commit without a date cannot say when, so it is passed over.
        return commits.stream().filter(c -> c != null && c.date() != null && c.title() != null
                && pattern.matcher(c.title().toLowerCase(Locale.ROOT)).find())
                .max(java.util.Comparator.comparing(HubFacts.HubCommit::date));
    }
}
