package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code brokerlab}: every cluster action of the app, headless. */
@Command(name = "brokerlab", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Brokerlab 0.1.0 (Apache Kafka 3.9.2, ZooKeeper 3.8.6)",
        description = "A lab for Apache Kafka clusters: real ZooKeeper and Kafka processes on this machine.",
        subcommands = {
            UpCommand.class, StatusCommand.class, DownCommand.class,
            NodeActionCommand.Start.class, NodeActionCommand.Stop.class, NodeActionCommand.Kill.class,
            NodeActionCommand.Restart.class, NodeActionCommand.Pause.class, NodeActionCommand.Resume.class,
            ResetCommand.class, TopicCommand.class, ProduceCommand.class, TailCommand.class, VerifyCommand.class,
            LogsCommand.class, EventsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BrokerlabCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Before any logger exists: the CLI's stdout carries results only.
        System.setProperty("log4j.configuration", "brokerlab-cli-log4j.properties");
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BrokerlabCli());
        cli.setExecutionExceptionHandler(BrokerlabCli::handleFailure);
        WorkspaceBeforeCommand.declare(cli.getCommandSpec());
        cli.setExecutionStrategy(parsed -> {
            WorkspaceBeforeCommand.handDown(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Expected failures print one line; anything else its type too, never a stack trace. */
    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        PrintWriter err = cli.getErr();
        if (cause instanceof ClusterException || cause instanceof WorkspaceException
                || cause instanceof IllegalArgumentException || cause instanceof UnsupportedOperationException) {
            err.println("brokerlab: " + cause.getMessage());
        } else {
            err.println("brokerlab: " + cause);
        }
        err.flush();
        return 1;
    }
}
