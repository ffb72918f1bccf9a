package org.levermap.render.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.levermap.model.repo.RepositoryPaths;

/**
 * The default theme layered under a data repository's overrides. A file in the data repository's
 * {@code templates/} or {@code static/} replaces the default file of the same path; other default
 * files stay. Static files the data repository adds (a {@code CNAME}, images) are published too.
 */
public final class Theme {

    /** Where the default theme lives on the class path. */
    static final String BASE = "/org/levermap/theme/";
    /** The default theme's file list, one path per line (class path resources cannot be listed from a jar). */
    static final String INDEX = BASE + "theme.index";
    /** The folders of a data repository that override the theme. */
    public static final String TEMPLATES = "templates";
    public static final String STATIC = "static";

    private final Path root;
    private final Configuration freemarker;

    /** @param root the data repository, whose templates/ and static/ override the default theme */
    public Theme(Path root) throws IOException {
        this.root = root;
        this.freemarker = configure(root.resolve(TEMPLATES));
    }

    private static Configuration configure(Path overrides) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            loaders.add(new FileTemplateLoader(overrides.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BASE + "templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // .ftlh escapes for HTML, .ftlx for XML: set by the file extension, never by a template.
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // "c" prints numbers as ?c does, without a java.text.NumberFormat per page.
        cfg.setNumberFormat("c");
        cfg.setObjectWrapper(new ThemeObjectWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // One build reads each template once; no re-checking of files during it.
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    /** Whether the data repository's own {@code templates/} replaces the default template {@code name}. */
    public boolean overrides(String name) {
        return Files.isRegularFile(root.resolve(TEMPLATES).resolve(name));
    }

    /**
     * Refuses symbolic links in {@code templates/} that lead outside it: FreeMarker would stop the
     * build on them with an error naming the target; this names the link instead.
     *
     * @throws ThemeException naming each such link
     */
    public void checkLinks() throws IOException, ThemeException {
        Path templates = root.resolve(TEMPLATES);
        if (!Files.isDirectory(templates)) {
            return;
        }
        Path real = RepositoryPaths.realRoot(templates);
        List<String> refused = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path p : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                String why = RepositoryPaths.refusal(real, p, Files.isDirectory(p));
                if (why != null) {
                    refused.add(TEMPLATES + "/" + templates.relativize(p).toString().replace('\\', '/') + ": "
                            + why.replace("the data repository", TEMPLATES + "/"));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new ThemeException(String.join("\n", refused));
        }
    }

    /** The FreeMarker configuration, shared by every page of the build (it is thread-safe once set up). */
    Configuration freemarker() {
        return freemarker;
    }

    /**
     * Every static file to publish, by site path: the default theme's, overridden and extended by the
     * data repository's.
     *
     * @throws ThemeException a file of {@code static/} is a symbolic link that leads outside the data
     *     repository, or a link to a folder: it would publish what the repository does not hold
     */
    public Map<String, StaticFile> staticFiles() throws IOException, ThemeException {
        Map<String, StaticFile> files = new TreeMap<>();
        for (String path : defaultFiles()) {
            if (path.startsWith(STATIC + "/")) {
                files.put(path.substring(STATIC.length() + 1), new StaticFile(null, BASE + path));
            }
        }
        Path overrides = root.resolve(STATIC);
        if (Files.isDirectory(overrides)) {
            Path realRoot = RepositoryPaths.realRoot(root);
            List<String> refused = new ArrayList<>();
            String folder = RepositoryPaths.refusal(realRoot, overrides, true);
            if (folder != null) {
                throw new ThemeException(STATIC + ": " + folder);
            }
            try (Stream<Path> walk = Files.walk(overrides)) {
                for (Path p : walk.sorted().toList()) {
                    String rel = overrides.relativize(p).toString().replace('\\', '/');
                    if (hidden(rel)) {
                        continue;
                    }
                    // Walking does not follow links, so a linked folder shows up here as a link.
                    String why = Files.isSymbolicLink(p) && Files.isDirectory(p)
                            ? "is a symbolic link to a folder; levermap publishes only files (link each file instead)"
                            : RepositoryPaths.refusal(realRoot, p, Files.isDirectory(p));
                    if (why != null) {
                        refused.add(STATIC + "/" + rel + ": " + why);
                    } else if (Files.isRegularFile(p)) {
                        files.put(rel, new StaticFile(p, null));
                    }
                }
            }
            if (!refused.isEmpty()) {
                throw new ThemeException(String.join("\n", refused));
            }
        }
        return files;
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A static file: on disk in the data repository, or a resource of the default theme.
     *
     * @param file the file, or null
     * @param resource the class path resource, or null
     */
    public record StaticFile(Path file, String resource) {

        public byte[] bytes() throws IOException {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            return Theme.resource(resource);
        }
    }

    /** The default theme's files, as paths under the theme ({@code templates/…}, {@code static/…}). */
    public static List<String> defaultFiles() {
        String index = new String(resource(INDEX), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** One default theme file's bytes. */
    public static byte[] defaultFile(String path) {
        return resource(BASE + path);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Theme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("levermap is missing its theme resource " + name + "; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
