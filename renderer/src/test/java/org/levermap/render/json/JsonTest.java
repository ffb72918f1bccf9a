package org.levermap.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void markupCharactersAndLineSeparatorsAreEscaped() {
        assertEquals("\"\\u003C/script\\u003E \\u0026 \\u0027x\\u0027 \\u2028\"", Json.compact("</script> & 'x' \u2028"));
    }

    @Test
    void keysKeepTheirOrderAndOutputEndsWithANewline() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", List.of("x"));
        assertEquals("{\"b\":1,\"a\":[\"x\"]}\n", Json.write(m));
    }
}
