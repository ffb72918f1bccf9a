package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlCharactersAreWrittenAsVisibleEscapes() {
        assertEquals("a\\x1b]0;t\\x07 \\x1b[2J\\u009b1m \\u202eevil\\x7f\\x00", TerminalText.escape(
                "a\u001b]0;t\u0007 \u001b[2J\u009b1m \u202eevil\u007f\u0000"));
        assertEquals("line\n\ttab caf\u00e9 \u6f22", TerminalText.escape("line\n\ttab caf\u00e9 \u6f22"));
    }

    @Test
    void theWriterEscapesWhateverWayItIsWritten() {
        StringWriter sink = new StringWriter();
        PrintWriter w = TerminalText.safe(new PrintWriter(sink));
        w.print("x\u001b");
        w.write('\u0007');
        w.printf("%s%n", "\u009b");
        w.flush();
        assertEquals("x\\x1b\\x07\\u009b" + System.lineSeparator(), sink.toString());
    }
}
