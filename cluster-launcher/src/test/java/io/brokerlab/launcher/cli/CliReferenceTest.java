package io.brokerlab.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Users' scripts call the CLI by its command and option names and read its messages, so a refactoring must not change
 * them. {@link #REFERENCE} is what the CLI printed for {@code --help} (and how it parsed each option) when it was taken;
 * a difference is either a mistake or a deliberate change of the interface, which then updates the reference.
 */
class CliReferenceTest {

    @Test
    void everyCommandKeepsItsNamesOptionsAndHelpText() {
        assertThat(reference()).isEqualTo(REFERENCE);
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

    private static final String REFERENCE = """
$ brokerlab --help
Usage: brokerlab [-hV] [COMMAND]
A lab for Apache Kafka clusters: real ZooKeeper and Kafka processes on this
machine.
  -h, --help      Show this help message and exit.
  -V, --version   Print version information and exit.
Commands:
  up       Create the cluster if needed and start every node (resuming paused
             ones); returns once all are ready.
  status   Show every node: state, pid, port, role.
  down     Stop every node gracefully (brokers one by one, then ZooKeeper);
             data is kept.
  start    Start one node and wait until it is ready.
  stop     Stop one node gracefully (a broker does a controlled shutdown).
  kill     Kill one node instantly (SIGKILL): a crash, for failover demos.
  restart  Stop one node gracefully, then start it.
  pause    Freeze one node (SIGSTOP): a hung process.
  resume   Unfreeze a paused node (SIGCONT).
  reset    Wipe all topic and ZooKeeper data; keep the definition and
             properties files.
  topic    Create, list, describe, change and delete topics; consumer groups.
  produce  Send messages: one, each line of standard input or a file, or
             generated at a rate.
  tail     Print topics' messages as they arrive (no consumer group, nothing
             committed, unless --group is given).
  verify   Durability check: produce numbered messages while brokers fail, then
             read them back.
  logs     Print the end of a node's log; --follow keeps printing what it
             appends.
  events   Stream cluster events as they happen, one per line, until
             interrupted.
  help     Display help information about the specified command.
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab up --help
Usage: brokerlab up [-hV] [--broker-port=P] [--brokers=M] [--workspace=DIR]
                    [--zookeeper-port=P] [--zookeepers=N]
Create the cluster if needed and start every node (resuming paused ones);
returns once all are ready.
      --broker-port=P      First broker port (default 9092).
      --brokers=M          Kafka brokers: 1 to 9 (default 3).
  -h, --help               Show this help message and exit.
  -V, --version            Print version information and exit.
      --workspace=DIR      The cluster's folder (default: $BROKERLAB_WORKSPACE
                             or Brokerlab's folder in your data directory).
      --zookeeper-port=P   First ZooKeeper client port (default 2181).
      --zookeepers=N       ZooKeeper nodes: 1, 3 or 5 (default 1).
  --workspace type=String arity=1 required=false default=null
  --zookeepers type=Integer arity=1 required=false default=null
  --brokers type=Integer arity=1 required=false default=null
  --zookeeper-port type=Integer arity=1 required=false default=null
  --broker-port type=Integer arity=1 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab status --help
Usage: brokerlab status [-hV] [--json] [--workspace=DIR]
Show every node: state, pid, port, role.
  -h, --help            Show this help message and exit.
      --json            Print JSON instead of a table.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --json type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab down --help
Usage: brokerlab down [-hV] [--workspace=DIR]
Stop every node gracefully (brokers one by one, then ZooKeeper); data is kept.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab start --help
Usage: brokerlab start [-hV] [--workspace=DIR] NODE
Start one node and wait until it is ready.
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab stop --help
Usage: brokerlab stop [-hV] [--workspace=DIR] NODE
Stop one node gracefully (a broker does a controlled shutdown).
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab kill --help
Usage: brokerlab kill [-hV] [--workspace=DIR] NODE
Kill one node instantly (SIGKILL): a crash, for failover demos.
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab restart --help
Usage: brokerlab restart [-hV] [--workspace=DIR] NODE
Stop one node gracefully, then start it.
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab pause --help
Usage: brokerlab pause [-hV] [--workspace=DIR] NODE
Freeze one node (SIGSTOP): a hung process.
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab resume --help
Usage: brokerlab resume [-hV] [--workspace=DIR] NODE
Unfreeze a paused node (SIGCONT).
      NODE              zk-<myid> or broker-<broker.id>, e.g. broker-2.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab reset --help
Usage: brokerlab reset [-hV] [--yes] [--workspace=DIR]
Wipe all topic and ZooKeeper data; keep the definition and properties files.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
      --yes             Confirm: all messages and topics are deleted.
  --workspace type=String arity=1 required=false default=null
  --yes type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic --help
Usage: brokerlab topic [-hV] [COMMAND]
Create, list, describe, change and delete topics; consumer groups.
  -h, --help      Show this help message and exit.
  -V, --version   Print version information and exit.
Commands:
  create          Create a topic.
  list            List topic names.
  describe        Show a topic's partitions (leader, replicas, ISR) and configs.
  delete          Delete a topic and its messages.
  alter-config    Set or remove topic config overrides (others are kept).
  add-partitions  Grow a topic to more partitions.
  elect-leaders   Move each partition's leadership back to its preferred
                    replica.
  reassign        Give a partition a new replica list (the first becomes
                    preferred leader).
  groups          List consumer groups, or one group's lag per partition.
  reset-offsets   Move a stopped group's offsets on a topic.
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic create --help
Usage: brokerlab topic create [-hV] [--force] [--bootstrap=HOST:PORT[,...]]
                              [--partitions=P] [--replica-assignment=B:B,B:B]
                              [--replication-factor=R] [--workspace=DIR]
                              [--config=K=V]... NAME
Create a topic.
      NAME
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
      --config=K=V      A topic config, e.g. retention.ms=60000; repeatable.
      --force           On Windows: accept settings that make brokers delete
                          files (KAFKA-1194).
  -h, --help            Show this help message and exit.
      --partitions=P    Number of partitions (not with --replica-assignment).
      --replica-assignment=B:B,B:B
                        Broker ids per partition as Kafka writes them, e.g. 1:
                          2,2:3,3:1 (first = preferred leader).
      --replication-factor=R
                        Replicas per partition (not with --replica-assignment).
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --partitions type=Integer arity=1 required=false default=null
  --replication-factor type=Short arity=1 required=false default=null
  --replica-assignment type=String arity=1 required=false default=null
  --config type=Map arity=1 required=false default=null
  --force type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic list --help
Usage: brokerlab topic list [-hV] [--bootstrap=HOST:PORT[,...]]
                            [--workspace=DIR]
List topic names.
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic describe --help
Usage: brokerlab topic describe [-hV] [--json] [--bootstrap=HOST:PORT[,...]]
                                [--workspace=DIR] NAME
Show a topic's partitions (leader, replicas, ISR) and configs.
      NAME
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
  -h, --help            Show this help message and exit.
      --json            Print JSON.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --json type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic delete --help
Usage: brokerlab topic delete [-hV] [--force] [--bootstrap=HOST:PORT[,...]]
                              [--workspace=DIR] NAME
Delete a topic and its messages.
      NAME
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
      --force           On Windows: delete anyway, although it crashes brokers
                          (KAFKA-1194).
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --force type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic alter-config --help
Usage: brokerlab topic alter-config [-hV] [--force] [--bootstrap=HOST:PORT
                                    [,...]] [--workspace=DIR] [--delete=K]...
                                    [--set=K=V]... NAME
Set or remove topic config overrides (others are kept).
      NAME
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
      --delete=K        An override to remove (back to the default); repeatable.
      --force           On Windows: accept settings that make brokers delete
                          files (KAFKA-1194).
  -h, --help            Show this help message and exit.
      --set=K=V         An override to set; repeatable.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --set type=Map arity=1 required=false default=null
  --delete type=Set arity=1 required=false default=null
  --force type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic add-partitions --help
Usage: brokerlab topic add-partitions [-hV] [--bootstrap=HOST:PORT[,...]]
                                      --partitions=TOTAL [--workspace=DIR] NAME
Grow a topic to more partitions.
      NAME
      --bootstrap=HOST:PORT[,...]
                           Bootstrap servers of any cluster, instead of a local
                             workspace's.
  -h, --help               Show this help message and exit.
      --partitions=TOTAL   The new total.
  -V, --version            Print version information and exit.
      --workspace=DIR      The cluster's folder (default: $BROKERLAB_WORKSPACE
                             or Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --partitions type=int arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic elect-leaders --help
Usage: brokerlab topic elect-leaders [-hV] [--bootstrap=HOST:PORT[,...]]
                                     [--workspace=DIR] NAME
Move each partition's leadership back to its preferred replica.
      NAME
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic reassign --help
Usage: brokerlab topic reassign [-hV] [--elect] [--force] [--bootstrap=HOST:PORT
                                [,...]] --partition=P --replicas=B,B,...
                                [--timeout=SECONDS] [--workspace=DIR] NAME
Give a partition a new replica list (the first becomes preferred leader).
      NAME
      --bootstrap=HOST:PORT[,...]
                           Bootstrap servers of any cluster, instead of a local
                             workspace's.
      --elect              Then elect the preferred leader, so leadership moves
                             at once.
      --force              On Windows: take replicas off brokers anyway,
                             although it crashes them (KAFKA-1194).
  -h, --help               Show this help message and exit.
      --partition=P
      --replicas=B,B,...   Broker ids, e.g. 2,3,1.
      --timeout=SECONDS
  -V, --version            Print version information and exit.
      --workspace=DIR      The cluster's folder (default: $BROKERLAB_WORKSPACE
                             or Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  NAME type=String arity=1 required=true default=null
  --partition type=int arity=1 required=true default=null
  --replicas type=String arity=1 required=true default=null
  --elect type=boolean arity=0 required=false default=null
  --timeout type=int arity=1 required=false default=60
  --force type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic groups --help
Usage: brokerlab topic groups [-hV] [--json] [--bootstrap=HOST:PORT[,...]]
                              [--group=GROUP] [--workspace=DIR]
List consumer groups, or one group's lag per partition.
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
      --group=GROUP     Show this group's lag per partition.
  -h, --help            Show this help message and exit.
      --json            Print JSON.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  --group type=String arity=1 required=false default=null
  --json type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab topic reset-offsets --help
Usage: brokerlab topic reset-offsets [-hV] [--bootstrap=HOST:PORT[,...]]
                                     --group=GROUP --to=TARGET --topic=TOPIC
                                     [--workspace=DIR]
Move a stopped group's offsets on a topic.
      --bootstrap=HOST:PORT[,...]
                        Bootstrap servers of any cluster, instead of a local
                          workspace's.
      --group=GROUP
  -h, --help            Show this help message and exit.
      --to=TARGET       earliest, latest, offset:N or timestamp:EPOCH_MILLIS
      --topic=TOPIC
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  --group type=String arity=1 required=true default=null
  --topic type=String arity=1 required=true default=null
  --to type=String arity=1 required=true default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab produce --help
Usage: brokerlab produce [-hV] [--report] [--acks=all|1|0] [--bootstrap=HOST:
                         PORT[,...]] [--duration=SECONDS] [--file=PATH]
                         [--generate=N] [--key=KEY] [--key-separator=SEP]
                         [--key-template=T] [--partition=P] [--rate=MSGS_PER_S]
                         [--template=T] [--value=TEXT] [--workspace=DIR]
                         [--header=K=V]... TOPIC
Send messages: one, each line of standard input or a file, or generated at a
rate.
One (--value), one per line of standard input (the default) or of --file, or
generated from a
template at a rate (--generate N --rate R --template 'msg-{n}').
      TOPIC
      --acks=all|1|0        Acknowledgements to wait for (default all, with
                              idempotence).
      --bootstrap=HOST:PORT[,...]
                            Bootstrap servers of any cluster, instead of a
                              local workspace's.
      --duration=SECONDS    With --rate instead of --generate: generate for
                              this long (N = rate x seconds).
      --file=PATH           Send one message per line of this file.
      --generate=N          Generate N messages from --template.
  -h, --help                Show this help message and exit.
      --header=K=V          A header on every message; repeatable.
      --key=KEY             The key of every message sent (not with
                              --key-separator).
      --key-separator=SEP   Split each line at the first SEP into key and value.
      --key-template=T      Generated key, e.g. key-{n}; none by default.
      --partition=P         Send to this partition instead of the default
                              partitioner's.
      --rate=MSGS_PER_S     Target rate for --generate (0: as fast as possible).
      --report, --verbose   Print the partition and offset (or error) of every
                              send.
      --template=T          Generated value; {n} is the message's number from 1
                              (default msg-{n}).
  -V, --version             Print version information and exit.
      --value=TEXT          Send this one message instead of reading lines.
      --workspace=DIR       The cluster's folder (default: $BROKERLAB_WORKSPACE
                              or Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  TOPIC type=String arity=1 required=true default=null
  --value type=String arity=1 required=false default=null
  --key type=String arity=1 required=false default=null
  --key-separator type=String arity=1 required=false default=null
  --header type=Map arity=1 required=false default=null
  --partition type=Integer arity=1 required=false default=null
  --file type=Path arity=1 required=false default=null
  --generate type=Long arity=1 required=false default=null
  --rate type=double arity=1 required=false default=0
  --duration type=Double arity=1 required=false default=null
  --template type=String arity=1 required=false default=msg-{n}
  --key-template type=String arity=1 required=false default=null
  --acks type=String arity=1 required=false default=all
  --report|--verbose type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab tail --help
Usage: brokerlab tail [-hV] [--from-beginning] [--json] [--bootstrap=HOST:PORT
                      [,...]] [--format=text|json|hex] [--from-time=TIME]
                      [--group=GROUP] [--key-contains=TEXT] [--last=N]
                      [--max-messages=N] [--offset=N] [--pattern=REGEX]
                      [--value-contains=TEXT] [--workspace=DIR]
                      [--partition=P]... [TOPIC...]
Print topics' messages as they arrive (no consumer group, nothing committed,
unless --group is given).
      [TOPIC...]            Topics to tail.
      --bootstrap=HOST:PORT[,...]
                            Bootstrap servers of any cluster, instead of a
                              local workspace's.
      --format=text|json|hex
                            How values are shown: text, pretty JSON, or hex for
                              binary (default text).
      --from-beginning      Start at the oldest message.
      --from-time=TIME      Start at the first message at or after TIME
                              (ISO-8601 like 2026-01-31T12:00:00Z, or epoch ms).
      --group=GROUP         Consume as this group and commit its offsets.
  -h, --help                Show this help message and exit.
      --json                One JSON object per message (topic, partition,
                              offset, timestamp, key, value, headers).
      --key-contains=TEXT
      --last=N              Start with the last N messages of each partition.
      --max-messages=N      Stop after N messages.
      --offset=N            Start at offset N in each partition.
      --partition=P         Only this partition; repeatable.
      --pattern=REGEX       Also tail every topic whose whole name matches.
  -V, --version             Print version information and exit.
      --value-contains=TEXT
      --workspace=DIR       The cluster's folder (default: $BROKERLAB_WORKSPACE
                              or Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  TOPIC type=List arity=0..* required=false default=null
  --pattern type=String arity=1 required=false default=null
  --from-beginning type=boolean arity=0 required=false default=null
  --offset type=Long arity=1 required=false default=null
  --from-time type=String arity=1 required=false default=null
  --last type=Long arity=1 required=false default=null
  --partition type=Set arity=1 required=false default=null
  --key-contains type=String arity=1 required=false default=null
  --value-contains type=String arity=1 required=false default=null
  --group type=String arity=1 required=false default=null
  --format type=String arity=1 required=false default=text
  --max-messages type=Long arity=1 required=false default=null
  --json type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab verify --help
Usage: brokerlab verify [-hV] [--json] [--acks=all|1] [--bootstrap=HOST:PORT
                        [,...]] [--chaos=SECONDS] --messages=N
                        [--rate=MSGS_PER_S] [--workspace=DIR] TOPIC
Durability check: produce numbered messages while brokers fail, then read them
back.
Reports acknowledged, read, lost, duplicated and out-of-order messages per
partition.
Exit code 3 when an acknowledged message was lost, duplicated or reordered.
      TOPIC
      --acks=all|1        all (with idempotence, default) or 1.
      --bootstrap=HOST:PORT[,...]
                          Bootstrap servers of any cluster, instead of a local
                            workspace's.
      --chaos=SECONDS     Every SECONDS kill the leader of a partition (in
                            turn) and restart it (local clusters only).
  -h, --help              Show this help message and exit.
      --json              Print the report as JSON.
      --messages=N
      --rate=MSGS_PER_S   Send rate (default 1000; 0: as fast as possible).
  -V, --version           Print version information and exit.
      --workspace=DIR     The cluster's folder (default: $BROKERLAB_WORKSPACE
                            or Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  TOPIC type=String arity=1 required=true default=null
  --messages type=int arity=1 required=true default=null
  --rate type=double arity=1 required=false default=1000
  --chaos type=Double arity=1 required=false default=null
  --acks type=String arity=1 required=false default=all
  --json type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab logs --help
Usage: brokerlab logs [-fhV] [--workspace=DIR] NODE
Print the end of a node's log; --follow keeps printing what it appends.
      NODE
  -f, --follow          Keep printing new lines until interrupted.
  -h, --help            Show this help message and exit.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
  --workspace type=String arity=1 required=false default=null
  NODE type=String arity=1 required=true default=null
  -f|--follow type=boolean arity=0 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab events --help
Usage: brokerlab events [-hV] [--json] [--bootstrap=HOST:PORT[,...]]
                        [--max-events=N] [--workspace=DIR] [--zookeeper=HOST:
                        PORT]
Stream cluster events as they happen, one per line, until interrupted.
      --bootstrap=HOST:PORT[,...]
                        Watch a cluster run elsewhere through its Admin API
                          (polled), instead of a workspace.
  -h, --help            Show this help message and exit.
      --json            One JSON object per line.
      --max-events=N    Stop after N events.
  -V, --version         Print version information and exit.
      --workspace=DIR   The cluster's folder (default: $BROKERLAB_WORKSPACE or
                          Brokerlab's folder in your data directory).
      --zookeeper=HOST:PORT
                        With --bootstrap: watch that cluster's ZooKeeper
                          instead (events as they happen).
  --workspace type=String arity=1 required=false default=null
  --bootstrap type=String arity=1 required=false default=null
  --zookeeper type=String arity=1 required=false default=null
  --json type=boolean arity=0 required=false default=null
  --max-events type=Integer arity=1 required=false default=null
  -h|--help type=boolean arity=0 required=false default=null
  -V|--version type=boolean arity=0 required=false default=null
$ brokerlab help --help
Display help information about the specified command.

Usage: brokerlab help [-h] [COMMAND]

When no COMMAND is given, the usage help for the main command is displayed.
If a COMMAND is specified, the help for that command is shown.

      [COMMAND]   The COMMAND to display the usage help message for.
  -h, --help      Show usage help for the help command and exit.
  -h|--help type=boolean arity=0 required=false default=null
  COMMAND type=String arity=0..1 required=false default=null
""";
}
