package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's GC log ({@code -Xlog:gc:file=...}) says of the heap: the most it held live after a
 * collection (what a build needs; before a collection the heap is full by design), and its capacity.
 *
 * @param collections how many collections the log records
 * @param maxLiveMb the largest heap occupancy right after a collection, in MB
 * @param maxCapacityMb the largest committed heap, in MB
 */
record GcLog(int collections, long maxLiveMb, long maxCapacityMb) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static GcLog read(Path log) throws IOException {
        return Files.isRegularFile(log) ? parse(Files.readAllLines(log)) : new GcLog(0, 0, 0);
    }

    static GcLog parse(List<String> lines) {
        int count = 0;
        long live = 0;
        long capacity = 0;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (line.contains("Pause") && m.find()) {
                count++;
                live = Math.max(live, Long.parseLong(m.group(2)));
                capacity = Math.max(capacity, Long.parseLong(m.group(3)));
            }
        }
        return new GcLog(count, live, capacity);
    }
}
