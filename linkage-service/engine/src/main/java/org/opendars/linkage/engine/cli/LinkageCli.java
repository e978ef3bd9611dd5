package org.opendars.linkage.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code linkage-engine.jar}: {@code link}, {@code synth} and {@code bench}. */
@Command(name = "linkage-engine", mixinStandardHelpOptions = true,
        description = "Record linkage: deterministic match ranks and Fellegi-Sunter probabilistic linkage.",
        subcommands = {LinkCommand.class, SynthCommand.class, BenchCommand.class})
public final class LinkageCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec commandSpec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LinkageCli())
                .setExecutionExceptionHandler((exception, commandLine, parsed) -> {
                    if (exception instanceof IllegalArgumentException) {
                        // A bad spec or file is the user's to fix: the message says how, a stack trace would not.
                        commandLine.getErr().println("error: " + exception.getMessage());
                        return 2;
                    }
                    throw exception;
                })
                .execute(args));
    }

    @Override
    public void run() {
        commandSpec.commandLine().usage(System.out);
    }
}
