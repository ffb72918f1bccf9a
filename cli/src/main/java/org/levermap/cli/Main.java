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
        return run(terminalOut, terminalErr, null, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}, a build taking its builder from {@code builders}
     * (the build daemon's, kept between its builds), or making a new one when it is null.
     */
    static int run(PrintWriter terminalOut, PrintWriter terminalErr, SiteBuilders builders, String... args) {
        // Messages carry text from repositories and data files: no control character reaches the terminal raw.
        PrintWriter out = TerminalText.safe(terminalOut);
        PrintWriter err = TerminalText.safe(terminalErr);
        LevermapCommand top = new LevermapCommand();
        CommandLine cli = new CommandLine(top);
        Subcommands.addTo(cli, args);
        if (builders != null && cli.getSubcommands().get("build") != null) {
            ((BuildCommand) cli.getSubcommands().get("build").getCommand()).builders = builders;
        }
        cli.setOut(out);
        cli.setErr(err);
        // Help in plain text: its colour codes would be escaped like any other control character.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // A usage mistake: the message and where the help is, not the whole usage (it buries the message).
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine command = e.getCommandLine();
            err.println("levermap: " + e.getMessage());
            picocli.CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + InitCommand.commandName() + " " + qualifiedName(command) + "--help' for more.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
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

    /** The subcommand's name followed by a space, or nothing for the top-level command. */
    private static String qualifiedName(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName(" ");
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1) + " ";
    }

    /** The exception and its causes, each with what it says: an I/O error names its file and what happened. */
    static String describe(Throwable e) {
        Throwable first = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
        StringBuilder text = new StringBuilder(first instanceof java.io.IOException ? "I/O error: " : "unexpected error: ");
        text.append(one(first));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(first);
        for (Throwable cause = first.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            text.append(" (caused by ").append(one(cause)).append(')');
        }
        return text.toString();
    }

    private static String one(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            String what = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException
                            ? fs.getFile() != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(fs.getFile()))
                                    ? "it is a file, where a folder is needed" : "it exists already"
                    : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "the folder is not empty"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile()) + ": " + what;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e instanceof java.io.IOException ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
