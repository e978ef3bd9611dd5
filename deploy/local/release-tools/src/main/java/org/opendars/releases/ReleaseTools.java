package org.opendars.releases;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code release-tools.jar}: {@code generate} and {@code ingest}. */
@Command(name = "release-tools", mixinStandardHelpOptions = true,
        description = "Synthetic national data releases, and the door that splits a release between "
                + "linkage-service (identifiers) and extract-service (content).",
        subcommands = {GenerateCommand.class, IngestCommand.class})
public final class ReleaseTools implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReleaseTools()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
