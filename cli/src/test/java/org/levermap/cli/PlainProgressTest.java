package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlainProgressTest {

    @Test
    void oneLinePerTaskWithItsSizeAndNotesAsTheyCome() {
        StringWriter err = new StringWriter();
        PlainProgress progress = new PlainProgress(new PrintWriter(err));
        progress.begin("reading history of r", -1);
        progress.stepTo(2000);
        progress.stepTo(35847);
        progress.note("cloning x into y");
        progress.begin("snapshots", 1);
        progress.stepTo(1);
        progress.end();
        progress.end();
        assertTrue(err.toString().matches("levermap: cloning x into y\n"
                + "levermap: reading history of r: 35847 in \\d+\\.\\d s\n"
                + "levermap: snapshots: 1 in \\d+\\.\\d s\n"), err.toString());
    }
}
