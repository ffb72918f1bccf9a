package org.levermap.render.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The wording of every statement, by entry name ({@code ReasonCode.FORK_RENAMED}): levermap's own
 * {@code words.properties}, with a data repository's {@code templates/words.properties} overriding single
 * entries the way a theme overrides strings.
 */
public final class Phrasebook {

    /** Where a data repository keeps its overrides, relative to its root. */
    public static final String OVERRIDES = "templates/words.properties";

    private static final String BUNDLED = "words.properties";

    private final Map<String, String> entries;

    private Phrasebook(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** levermap's own wording. */
    public static Phrasebook standard() {
        try (InputStream in = Phrasebook.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("levermap's " + BUNDLED + " is missing from the jar");
            }
            return new Phrasebook(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * levermap's own wording with the data repository's overrides, when {@code root} has
     * {@value #OVERRIDES}.
     *
     * @throws WordsException naming the file, the line and the entry when an override names no statement
     */
    public static Phrasebook of(Path root) throws WordsException {
        Phrasebook standard = standard();
        Path file = root == null ? null : root.resolve(OVERRIDES);
        if (file == null || !Files.isRegularFile(file)) {
            return standard;
        }
        Map<String, String> merged = new HashMap<>(standard.entries);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> overrides;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                overrides = read(in);
            }
            for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
                if (!merged.containsKey(e.getKey())) {
                    throw new WordsException(OVERRIDES + ":" + line(lines, e.getKey()) + ": " + e.getKey()
                            + " is no entry of levermap's phrasebook (the README lists where to find them)");
                }
                merged.put(e.getKey(), e.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw new WordsException(OVERRIDES + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phrasebook(merged);
    }

    /** The line that sets {@code key}, for the message. */
    private static int line(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(key) && (l.length() == key.length() || "=: \t".indexOf(l.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Map<String, String> read(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /** Whether the phrasebook words {@code name}. */
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The wording of {@code name}. */
    public String entry(String name) {
        String text = entries.get(name);
        if (text == null) {
            throw new IllegalStateException("the phrasebook has no entry " + name);
        }
        return text;
    }
}
