package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void drawsABarForEachTaskAndPrintsNotesApart() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8),
                new PrintWriter(err));
        progress.begin("snapshots", 60);
        progress.stepTo(30);
        progress.note("warning: shallow clone");
        progress.end();
        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("snapshots"), drawn);
        assertTrue(err.toString().equals("levermap: warning: shallow clone\n"), err.toString());
    }
}
