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
        System.exit(new CommandLine(new LinkageCli()).execute(args));
    }

    @Override
    public void run() {
        commandSpec.commandLine().usage(System.out);
    }
}
