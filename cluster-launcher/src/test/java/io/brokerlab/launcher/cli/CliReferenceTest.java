package io.brokerlab.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Users' scripts call the CLI by its command and option names and read its messages, so a refactoring must not change
 * them. {@code cli-reference.txt} beside this class is what the CLI printed for {@code --help} (and how it parsed each option) when it was taken;
 * a difference is either a mistake or a deliberate change of the interface, which then updates the reference.
 */
class CliReferenceTest {

    @Test
    void everyCommandKeepsItsNamesOptionsAndHelpText() throws IOException {
        try (InputStream expected = CliReferenceTest.class.getResourceAsStream("cli-reference.txt")) {
            assertThat(reference()).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void topicUsageErrorsExitWithTwoAndTheSameMessage() {
        assertUsageError("give --partitions and --replication-factor, or --replica-assignment",
                "topic", "create", "t", "--bootstrap", "localhost:1");
        assertUsageError("--replica-assignment sets partitions and replicas itself; drop --partitions and"
                + " --replication-factor",
                "topic", "create", "t", "--bootstrap", "localhost:1", "--replica-assignment", "1:2", "--partitions", "1");
        assertUsageError("Missing required option: '--partitions=TOTAL'",
                "topic", "add-partitions", "t", "--bootstrap", "localhost:1");
        assertUsageError("Missing required parameter: 'NAME'", "topic", "describe", "--bootstrap", "localhost:1");
    }

    @Test
    void badTopicArgumentsAreRefusedBeforeAnyClusterIsContacted() {
        // localhost:1 answers nobody: these fail on their arguments, or they would hang until the admin timeout
        assertThat(run("topic", "create", "t", "--bootstrap", "localhost:1", "--replica-assignment", "1:x"))
                .isEqualTo(new Run(1, "", "brokerlab: 'x' is not a broker id in '1:x'" + NL));
        assertThat(run("topic", "reassign", "t", "--bootstrap", "localhost:1", "--partition", "0", "--replicas", "1,a"))
                .isEqualTo(new Run(1, "", "brokerlab: 'a' is not a broker id in '1,a'" + NL));
        assertThat(run("topic", "reset-offsets", "--bootstrap", "localhost:1", "--group", "g", "--topic", "t",
                "--to", "nowhere"))
                .isEqualTo(new Run(1, "", "brokerlab: reset target must be earliest, latest, offset:N or"
                        + " timestamp:EPOCH_MILLIS, not 'nowhere'" + NL));
    }

    @Test
    void aWorkspaceGivenBeforeTheCommandIsTheCommandsOwn(@TempDir Path dir) {
        String missing = dir.resolve("none").toString();
        Run after = run("status", "--workspace", missing);
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.err()).contains(missing + " is not a Brokerlab workspace");
        assertThat(run("--workspace", missing, "status")).isEqualTo(after);
        assertThat(run("--workspace", missing, "topic", "list")).isEqualTo(run("topic", "list", "--workspace", missing));

        assertThat(run("--workspace", missing, "status", "--workspace", missing).err())
                .startsWith("give --workspace once, before or after the command");
        assertThat(run("--workspace", missing, "help").err()).startsWith("'brokerlab help' takes no --workspace");
        assertThat(run("--workspace", missing).err()).startsWith("--workspace DIR needs a command after it");
    }

    private static final String NL = System.lineSeparator();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = BrokerlabCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Picocli's usage error: the message, then the usage of the command that was given (pinned by the reference). */
    private static void assertUsageError(String message, String... args) {
        CommandLine command = BrokerlabCli.commandLine().getSubcommands().get(args[0]).getSubcommands().get(args[1]);
        assertThat(run(args)).isEqualTo(new Run(2, "", message + NL + command.getUsageMessage()));
    }

    static String reference() {
        StringBuilder text = new StringBuilder();
        describe(BrokerlabCli.commandLine(), text);
        return text.toString().replace(NL, "\n");
    }

    /** Help as users see it, and what help does not show: each argument's type, arity, default and whether required. */
    private static void describe(CommandLine command, StringBuilder text) {
        text.append("$ ").append(command.getCommandSpec().qualifiedName()).append(" --help\n")
                .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (ArgSpec arg : command.getCommandSpec().args()) {
            String name = arg instanceof OptionSpec option ? String.join("|", option.names()) : arg.paramLabel();
            text.append("  ").append(name).append(" type=").append(arg.type().getSimpleName())
                    .append(" arity=").append(arg.arity()).append(" required=").append(arg.required())
                    .append(" default=").append(arg.defaultValue()).append('\n');
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> describe(sub, text));
    }
}
