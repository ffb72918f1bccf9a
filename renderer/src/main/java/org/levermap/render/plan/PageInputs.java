package org.levermap.render.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.levermap.model.change.ChangeLog;
import org.levermap.model.Project;
import org.levermap.model.repo.ForkLinks;
import org.levermap.model.repo.DataRepository;
import org.levermap.model.repo.Sha256;

/**
 * What a project's pages (its page, timeline, snapshot pages, JSON and badges) are made from, as one
 * key per project: when the key equals the previous build's, those pages are the same bytes and are
 * carried over instead of rendered. The site-wide pages (index, changes, feed, forks, actors,
 * alliances, sitemap) read every project: they are keyed by what they show instead ({@link ViewDigest}),
 * and the change pages first by these keys of the projects whose changes they list.
 *
 * <p>The key is deliberately wide, since a page carried over wrongly would be a false claim: the
 * site-wide part holds levermap's code, the build options and the site's settings as shown (data
 * range included), {@code levermap.yaml}, the theme's own files, every project's {@code project.yaml}
 * (names appear everywhere; the assessor reads them all) and every actor and alliance file (levers,
 * affiliations, ties and memberships read them). The project's part holds the snapshots of every
 * project in its fork family (the projects joined to it by an upstream named in a project.yaml or a
 * snapshot's lineage, transitively, as the change log's {@code ForkLinks} give them): a fork's kind
 * reads its upstream's license and owner, and a project's page shows its forks and its upstream. The
 * key covers everything a project's change views show, which the change pages rely on.
 */
public final class PageInputs {

    private final Map<String, String> keys;

    private PageInputs(Map<String, String> keys) {
        this.keys = keys;
    }

    /**
     * @param repo the loaded data repository
     * @param log its change log (for the links between projects that snapshots state)
     * @param digests a digest of each file it was loaded from, by path from its root
     * @param site everything else every page depends on (code, options, theme, settings), as text
     */
    public static PageInputs of(DataRepository repo, ChangeLog log, Map<String, String> digests, String site) {
        StringBuilder shared = new StringBuilder(site).append('\n');
        Map<String, Map<String, String>> snapshotFiles = new HashMap<>();
        new TreeMap<>(digests).forEach((path, digest) -> {
            if (!path.contains("/snapshots/")) {
                shared.append(path).append('\t').append(digest).append('\n');
            } else {
                snapshotFiles.computeIfAbsent(path.split("/")[1], id -> new TreeMap<>()).put(path, digest);
            }
        });
        String global = Sha256.hex(shared.toString());
        Map<String, String> family = families(repo, log);
        Map<String, StringBuilder> byFamily = new TreeMap<>();
        for (String id : repo.projects().keySet()) {
            StringBuilder text = byFamily.computeIfAbsent(family.get(id), f -> new StringBuilder(global));
            text.append('\n').append(id);
            // Snapshot files are named by date: in name order, oldest first.
            snapshotFiles.getOrDefault(id, Map.of()).forEach((path, digest) ->
                    text.append('\n').append(path).append('\t').append(digest));
        }
        Map<String, String> familyKeys = new HashMap<>();
        byFamily.forEach((f, text) -> familyKeys.put(f, Sha256.hex(text.toString())));
        Map<String, String> keys = new HashMap<>();
        family.forEach((id, f) -> keys.put(id, familyKeys.get(f)));
        return new PageInputs(keys);
    }

    /** The key of a project's pages; null for an unknown project (its pages are always rendered). */
    public String keyOf(String projectId) {
        return keys.get(projectId);
    }

    /** The fork family of each project, named by its smallest id: union-find over upstream links. */
    static Map<String, String> families(DataRepository repo, ChangeLog log) {
        Map<String, String> parent = new HashMap<>();
        repo.projects().keySet().forEach(id -> parent.put(id, id));
        for (Project p : repo.projects().values()) {
            join(parent, p.id(), p.upstream());
            ForkLinks links = log.forkLinks().get(p.id());
            if (links != null) {
                links.upstreams().forEach(upstream -> join(parent, p.id(), upstream));
            }
        }
        Map<String, String> family = new TreeMap<>();
        parent.keySet().forEach(id -> family.put(id, root(parent, id)));
        return family;
    }

    private static void join(Map<String, String> parent, String a, String b) {
        if (b == null || !parent.containsKey(b)) {
            return;
        }
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            // The smaller id becomes the root, so a family's name does not depend on the order of joins.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /**
     * The digest of the files under {@code folders} of {@code root} (a data repository's own templates
     * and static files), by path and content.
     */
    public static String folderDigest(Path root, List<String> folders) throws IOException {
        MessageDigest digest = Sha256.digest();
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((root.relativize(f).toString() + "\t").getBytes(StandardCharsets.UTF_8));
                    digest.update(Sha256.digest().digest(Files.readAllBytes(f)));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
