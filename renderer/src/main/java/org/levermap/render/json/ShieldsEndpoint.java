package org.levermap.render.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.levermap.render.view.Badges;

/** A badge as a shields.io endpoint (https://shields.io/badges/endpoint-badge): schemaVersion 1. */
public final class ShieldsEndpoint {

    private ShieldsEndpoint() {
    }

    public static byte[] json(Badges.Content badge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemaVersion", 1);
        json.put("label", badge.label());
        json.put("message", badge.message());
        json.put("color", badge.color().replace("#", ""));
        json.put("cacheSeconds", 3600);
        return Json.bytes(json);
    }
}
