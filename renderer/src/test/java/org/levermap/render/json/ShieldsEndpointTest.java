package org.levermap.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.levermap.render.view.Badges;

class ShieldsEndpointTest {

    @Test
    void schemaVersionOneWithLabelMessageAndColour() throws Exception {
        var json = new ObjectMapper().readTree(ShieldsEndpoint.json(new Badges.Content("governance", "governance",
                "foundation", "#2e7d32")));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("governance", json.get("label").asText());
        assertEquals("foundation", json.get("message").asText());
        assertEquals("2e7d32", json.get("color").asText());
    }
}
