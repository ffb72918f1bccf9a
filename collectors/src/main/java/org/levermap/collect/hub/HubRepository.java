package org.levermap.collect.hub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on the Hugging Face Hub, from {@code hub:} of project.yaml ({@code owner/name} or its
 * URL) or a {@code repository:} URL on huggingface.co.
 *
 * @param dataset whether it is a dataset (else a model)
 * @param owner the owning account
 * @param name the repository name
 */
public record HubRepository(boolean dataset, String owner, String name) {

    private static final Pattern URL = Pattern.compile(
            "https?://(?:www\\.)?huggingface\\.co/(datasets/)?([A-Za-z0-9][\\w.-]*)/([\\w.-]+?)(?:\\.git)?/?");
    private static final Pattern ID = Pattern.compile("(datasets/)?([A-Za-z0-9][\\w.-]*)/([\\w.-]+)");

    /** {@code owner/name}. */
    public String path() {
        return owner + "/" + name;
    }

    /** The API collection: {@code models} or {@code datasets}. */
    String collection() {
        return dataset ? "datasets" : "models";
    }

    /** The repository named by a {@code hub:} value, or null when it names none. */
    public static HubRepository parse(String text, boolean dataset) {
        if (text == null) {
            return null;
        }
        Matcher m = URL.matcher(text.trim());
        if (!m.matches()) {
            m = ID.matcher(text.trim());
            if (!m.matches()) {
                return null;
            }
        }
        return new HubRepository(dataset || m.group(1) != null, m.group(2), m.group(3));
    }

    /** The repository a {@code repository:} URL names when it is on the hub, or null. */
    public static HubRepository fromUrl(String url, boolean dataset) {
        if (url == null || !URL.matcher(url.trim()).matches()) {
            return null;
        }
        return parse(url, dataset);
    }
}
