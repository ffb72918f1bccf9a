package org.levermap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code levermap} command. */
public final class Main {

    private Main() {
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command with the given streams and returns its exit code; never throws. */
    public static int run(PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
        // Messages carry text from repositories and data files: no control character reaches the terminal raw.
        PrintWriter out = TerminalText.safe(terminalOut);
        PrintWriter err = TerminalText.safe(terminalErr);
        LevermapCommand top = new LevermapCommand();
        CommandLine cli = new CommandLine(top);
        cli.setOut(out);
        cli.setErr(err);
        // Help in plain text: its colour codes would be escaped like any other control character.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserException user) {
                err.println("levermap: " + user.getMessage());
                return user.exitCode();
            }
            err.println("levermap: " + describe(e));
            if (top.debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run with --debug to see where it failed)");
            }
            return ExitCode.FAILURE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("levermap: out of memory (the JVM may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): give it more with LEVERMAP_JAVA_OPTS, for example LEVERMAP_JAVA_OPTS=-Xmx4g");
            code = ExitCode.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.io.IOException) {
            return "I/O error: " + (message == null ? e.getClass().getSimpleName() : message);
        }
        return "unexpected error: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
