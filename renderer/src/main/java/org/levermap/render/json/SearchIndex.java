package org.levermap.render.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.levermap.render.view.FlagView;
import org.levermap.render.view.IndexPage;
import org.levermap.render.view.ProjectRow;

/**
 * {@code search-index.js}: what the index page's filter searches, one entry per project row. It is a
 * script setting {@code window.LEVERMAP_INDEX} rather than a JSON file to fetch, because browsers refuse
 * {@code fetch} from {@code file://} pages; the JSON inside is escaped so it cannot end the script.
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    public static byte[] script(IndexPage index) {
        List<Object> entries = new ArrayList<>();
        for (ProjectRow r : index.projects()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", r.project().id());
            e.put("model", r.model());
            e.put("family", r.family());
            e.put("flags", r.flags().stream().map(FlagView::keyword).toList());
            List<String> words = new ArrayList<>(List.of(r.project().id(), r.project().name(), r.modelLabel()));
            add(words, r.kind());
            add(words, r.license());
            add(words, r.family());
            if (r.steward() != null) {
                words.add(r.steward().name());
            }
            if (r.upstream() != null) {
                words.add(r.upstream().name());
            }
            r.flags().forEach(f -> words.add(f.label()));
            e.put("text", String.join(" ", words).toLowerCase(Locale.ROOT));
            entries.add(e);
        }
        return ("window.LEVERMAP_INDEX = " + Json.compact(entries) + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void add(List<String> words, String word) {
        if (word != null) {
            words.add(word);
        }
    }
}
