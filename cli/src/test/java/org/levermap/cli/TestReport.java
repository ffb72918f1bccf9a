package org.levermap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small data repository written as a user would: two snapshots of one project, a CLA appearing. */
final class TestReport {

    private TestReport() {
    }

    static Path write(Path root) throws IOException {
        write(root, "levermap.yaml", "title: Test report\nbase_url: https://example.org/report/\n");
        write(root, "actors/acme.yaml", "id: acme\nname: Acme\nkind: company\n");
        write(root, "projects/widget/project.yaml", """
                id: widget
                name: Widget
                repository: https://github.com/acme/widget
                levers:
                  brand:
                    - holder: acme
                      source: https://acme.example/brand
                """);
        write(root, "projects/widget/snapshots/2024-01-31.yaml", snapshot("2024-01-31", "MIT", "permissive", false));
        write(root, "projects/widget/snapshots/2024-02-29.yaml", snapshot("2024-02-29", "BUSL-1.1", "source-available", true));
        write(root, "projects/widget/snapshots/2024-03-31.yaml", snapshot("2024-03-31", "BUSL-1.1", "source-available", true));
        return root;
    }

    static String snapshot(String date, String spdx, String family, boolean cla) {
        return """
                project: widget
                date: %s
                provenance:
                  tool: test
                license:
                  spdx: %s
                  family: %s
                contribution:
                  terms:
                    cla: %s
                """.formatted(date, spdx, family, cla);
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
