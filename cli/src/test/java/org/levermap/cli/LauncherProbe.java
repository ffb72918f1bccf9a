package org.levermap.cli;

/**
 * The program {@link LauncherScriptTest} runs through the launcher instead of levermap: prints its
 * arguments and exits with the status its first argument names.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe " + String.join(" ", args));
        System.exit(Integer.parseInt(args[args.length - 1]));
    }
}
