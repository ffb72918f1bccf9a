package org.levermap.collect.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlScalarsTest {

    @Test
    void scalarsComeWithTheirKeysAndLines() {
        List<YamlScalars.Scalar> s = YamlScalars.read("a: 1\nb:\n  c: [x, y]\n  d:\n    - e: z\nf: ~\n");
        assertEquals(List.of(
                new YamlScalars.Scalar(List.of("a"), "1", 1),
                new YamlScalars.Scalar(List.of("b", "c"), "x", 3),
                new YamlScalars.Scalar(List.of("b", "c"), "y", 3),
                new YamlScalars.Scalar(List.of("b", "d", "e"), "z", 5),
                new YamlScalars.Scalar(List.of("f"), null, 6)), s);
    }
}
