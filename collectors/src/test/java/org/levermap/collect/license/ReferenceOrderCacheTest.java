package org.levermap.collect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.collect.testing.Catalog;

class ReferenceOrderCacheTest {

    @TempDir
    Path tmp;

    @Test
    void anOrderIsComputedOnceAndReadBackEqualABrokenFileIsRecomputed() throws Exception {
        ReferenceOrderCache cache = new ReferenceOrderCache(tmp.resolve("orders"));
        ReferenceLicense mit = Catalog.shared().byId("MIT").orElseThrow();
        ReferenceOrder order = new ReferenceOrder(List.of("permission", "is", "hereby"), Set.of("permission is", "is hereby"));
        AtomicInteger computed = new AtomicInteger();
        assertEquals(order, cache.get(mit, () -> { computed.incrementAndGet(); return order; }));
        assertEquals(order, cache.get(mit, () -> { computed.incrementAndGet(); return order; }));
        assertEquals(1, computed.get());
        try (Stream<Path> files = Files.list(tmp.resolve("orders"))) {
            Path file = files.findFirst().orElseThrow();
            Files.writeString(file, "broken");
        }
        assertEquals(order, cache.get(mit, () -> { computed.incrementAndGet(); return order; }));
        assertEquals(2, computed.get());
    }

    @Test
    void theCatalogueKeepsItsOrdersBesideItAndDropsThoseOfOlderCatalogues() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("license-orders-0000000000000000"));
        Files.writeString(old.resolve("x.bin"), "older");
        Files.writeString(tmp.resolve("licenses-0000000000000000.bin"), "an older catalogue");
        LicenseCatalog catalog = CatalogCache.load(tmp);
        ReferenceOrder mit = catalog.order(catalog.byId("MIT").orElseThrow());
        assertTrue(mit.bigrams().contains("permission is"));
        assertFalse(Files.exists(old));
        assertTrue(Files.isDirectory(tmp.resolve("license-orders-" + CatalogCache.digest())));
    }
}
