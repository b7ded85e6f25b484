package io.brokerlab.launcher.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code brokerlab --workspace DIR status}: the app takes {@code --workspace} first, so users type it there for the
 * CLI too. The root's value is handed to the command that runs, as if given after it.
 */
final class WorkspaceBeforeCommand {

    static final String OPTION = "--workspace";

    private WorkspaceBeforeCommand() {
    }

    static void declare(CommandSpec root) {
        root.addOption(OptionSpec.builder(OPTION).paramLabel("DIR").type(String.class)
                .scopeType(CommandLine.ScopeType.LOCAL)
                .description("The workspace of the command that follows, as if given after it.").build());
    }

    static void handDown(ParseResult root) {
        if (!root.hasMatchedOption(OPTION)) {
            return;
        }
        String directory = root.matchedOptionValue(OPTION, null);
        ParseResult leaf = root;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandLine command = leaf.commandSpec().commandLine();
        OptionSpec own = leaf == root ? null : leaf.commandSpec().findOption(OPTION);
        if (own == null) {
            throw new CommandLine.ParameterException(command, leaf == root
                    ? "--workspace DIR needs a command after it, e.g. brokerlab --workspace DIR status"
                    : "'" + leaf.commandSpec().qualifiedName() + "' takes no --workspace");
        }
        if (leaf.hasMatchedOption(OPTION)) {
            throw new CommandLine.ParameterException(command, "give --workspace once, before or after the command");
        }
        own.setValue(directory);
    }
}
