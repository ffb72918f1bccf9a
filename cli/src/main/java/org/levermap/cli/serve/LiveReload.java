package org.levermap.cli.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.levermap.render.json.Json;

/**
 * The state a previewed page polls: a build number that grows with every successful rebuild, and the
 * error of the last failed one. The page reloads when the number changes and shows the error as text.
 */
public final class LiveReload {

    /** The path of the script the server adds to every HTML page it serves. */
    public static final String SCRIPT_PATH = "/__levermap/reload.js";
    /** The path the script polls. */
    public static final String STATUS_PATH = "/__levermap/status";

    private final AtomicLong build = new AtomicLong();
    private volatile String error;

    /** A build succeeded: open pages reload. */
    public void built() {
        error = null;
        build.incrementAndGet();
    }

    /** A build failed: open pages keep the previous site and show the message. */
    public void failed(String message) {
        error = message;
    }

    public long build() {
        return build.get();
    }

    public String error() {
        return error;
    }

    /** The status as JSON. */
    String status() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("build", build.get());
        json.put("error", error);
        return Json.compact(json);
    }

    /** Adds the reload script to an HTML page, before the end of its body. */
    static String inject(String html) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    /** The script: polls the status every second, reloads on a new build, shows a build error as plain text. */
    static String script() {
        return """
                (function () {
                  "use strict";
                  var seen = null;
                  var banner = null;
                  function show(message) {
                    if (!banner) {
                      banner = document.createElement("div");
                      banner.setAttribute("role", "alert");
                      banner.className = "levermap-build-error";
                      document.body.insertBefore(banner, document.body.firstChild);
                    }
                    banner.hidden = !message;
                    banner.textContent = message ? "levermap: the last rebuild failed; showing the previous site.\\n" + message : "";
                  }
                  function poll() {
                    fetch("%s", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
                      if (seen !== null && s.build !== seen) { location.reload(); return; }
                      seen = s.build;
                      show(s.error);
                    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
                  }
                  poll();
                })();
                """.formatted(STATUS_PATH);
    }
}
