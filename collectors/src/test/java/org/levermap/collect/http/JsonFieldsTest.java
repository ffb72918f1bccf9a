package org.levermap.collect.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void absentNullBlankAndMistypedFieldsAreNull() throws Exception {
        JsonNode n = json("{\"a\":{\"b\":\"x\"},\"n\":null,\"blank\":\"  \",\"obj\":{},\"flag\":\"true\"}");
        assertEquals("x", JsonFields.text(n, "a.b"));
        assertNull(JsonFields.text(n, "a.c"));
        assertNull(JsonFields.text(n, "n"));
        assertNull(JsonFields.text(n, "blank"));
        assertNull(JsonFields.text(n, "obj"));
        assertNull(JsonFields.text(n, "a.b.c"));
        assertNull(JsonFields.bool(n, "flag"), "a string is not a boolean");
    }

    @Test
    void datesOfEverySpellingBecomeUtcDays() throws Exception {
        JsonNode n = json("{\"z\":\"2024-05-01T23:30:00-02:00\",\"d\":\"2020-02-02\",\"micro\":\"2018-05-05T10:00:00.123456Z\","
                + "\"local\":\"2019-01-01 10:00:00\",\"epoch\":1700000000,\"bad\":\"soon\"}");
        assertEquals(LocalDate.of(2024, 5, 2), JsonFields.day(n, "z"));
        assertEquals(LocalDate.of(2020, 2, 2), JsonFields.day(n, "d"));
        assertEquals(LocalDate.of(2018, 5, 5), JsonFields.day(n, "micro"));
        assertEquals(LocalDate.of(2019, 1, 1), JsonFields.day(n, "local"));
        assertEquals(LocalDate.of(2023, 11, 14), JsonFields.day(n, "epoch"));
        assertNull(JsonFields.day(n, "bad"));
    }

    @Test
    void oneStringOrAListOfStrings() throws Exception {
        JsonNode n = json("{\"one\":\"a\",\"many\":[\"a\",\"\",\"b\",{}],\"items\":[{\"login\":\"x\"},{},{\"login\":\"y\"}]}");
        assertEquals(List.of("a"), JsonFields.texts(n, "one"));
        assertEquals(List.of("a", "b"), JsonFields.texts(n, "many"));
        assertEquals(List.of("x", "y"), JsonFields.each(n.get("items"), "login"));
        assertEquals(List.of(), JsonFields.each(null, "login"));
    }
}
