package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.ConfigValidator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.process.LaunchedSettings;
import io.brokerlab.launcher.process.LogFiles;
import io.brokerlab.launcher.process.NodeCommand;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.workspace.NodeClashes;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Starts one node: checks before launching, the launch itself, and waiting until it is ready. */
final class NodeLauncher {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration ZOOKEEPER_READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BROKER_READY_TIMEOUT = Duration.ofSeconds(60);
    /** ZooKeeper expires a session on its tick, a little after the timeout; more on a loaded machine. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(3);
    private static final String EARLIER_REGISTRATION = "node already exists and owner";
    /** Enough for the failed start's stack trace after the line that says why. */
    private static final int REGISTRATION_LOG_LINES = 200;
    /** Enough for Kafka's exception, its stack and the shutdown it logs after, up to the runtime's one-line reason. */
    private static final int START_FAILURE_LOG_LINES = 80;

    private final Workspace workspace;
    private final RunRecords records;
    private final NodeCommand commands;
    private final AgentClient agents;
    private final BrokerRegistrations registrations;
    private final NodeLogMarks marks;
    private final LaunchedSettings settings;

    NodeLauncher(Workspace workspace, RunRecords records, NodeCommand commands, AgentClient agents,
                 BrokerRegistrations registrations, NodeLogMarks marks) {
        this.workspace = workspace;
        this.records = records;
        this.commands = commands;
        this.agents = agents;
        this.registrations = registrations;
        this.marks = marks;
        this.settings = new LaunchedSettings(workspace);
    }

    /** Marks the node's log with why its start failed ("cannot start broker-1: port 9092 is already in use"). */
    void startFailed(NodeId node, String why) {
        marks.startFailed(node, why);
    }

    /** Fails with the reason if the node's ports are taken or its file is invalid. */
    void preflight(NodeId node) {
        int port = workspace.clientPort(node);
        requireSettingsOfItsOwn(node);
        for (int p : List.of(port, workspace.agentPort(node))) {
            PortAllocator.checkAvailable(p).ifPresent(problem -> {
                throw new ClusterException("cannot start " + node + ": " + problem);
            });
        }
        if (node.kind() == NodeKind.BROKER) {
            // A broker checks its file with the same KafkaConfig rules as its first act and exits
            // with status 3 naming the key; checking here too would load Kafka's config classes
            // into the launcher and delay every start by a second or more. A failed start is
            // rolled back, so nothing stays half-started either way.
            return;
        }
        List<ConfigProblem> problems = ConfigValidator.validateZooKeeper(workspace.properties(node).toProperties());
        List<ConfigProblem> errors = problems.stream().filter(ConfigProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ClusterException("cannot start " + node + ": " + workspace.propertiesFile(node).getFileName()
                    + " is invalid: " + errors.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    /**
     * A port, data directory or broker.id another node of this cluster has (an edit copied from a neighbour's file):
     * said as such before the node is started, rather than "in use by pid N (java)", whose advice to stop that
     * program would take a second node down, or a lock error in the log.
     */
    void requireSettingsOfItsOwn(NodeId node) {
        NodeClashes.of(workspace, node, workspace.properties(node)).stream().findFirst().ifPresent(clash -> {
            throw new ClusterException("cannot start " + node + ": " + clash.message() + " in its file ("
                    + workspace.propertiesFile(node).getFileName() + ")");
        });
    }

    /**
     * A broker killed or crashed a moment ago stays registered in ZooKeeper until its session expires
     * ({@code zookeeper.session.timeout.ms}); a new process registering meanwhile exits at once (status 1). So a start
     * right after a kill, the failover demo's next step, waits that expiry out instead of failing. Only asked while a
     * ZooKeeper serves: with none, there is nobody to ask, and the broker waits for ZooKeeper itself.
     */
    void awaitEarlierRegistrationGone(NodeId node, BooleanSupplier cancelled) {
        if (node.kind() != NodeKind.BROKER) {
            return;
        }
        Duration limit = sessionTimeout(node).plus(EXPIRY_MARGIN);
        Instant deadline = Instant.now().plus(limit);
        while (registrations.isRegistered(node.id())) {
            if (cancelled.getAsBoolean()) {
                throw StartCancelledException.byStop(node);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ClusterException("cannot start " + node + ": ZooKeeper still holds its registration"
                        + " (/brokers/ids/" + node.id() + ") " + limit.toSeconds() + " s after it was last checked;"
                        + " is another broker with id " + node.id() + " using this ZooKeeper?");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while starting " + node, e);
            }
        }
    }

    /**
     * Whether {@code broker}'s last start ended on the registration of an earlier process that ZooKeeper still held
     * (Kafka's "node already exists and owner … does not match current session"): a start made while ZooKeeper had
     * no quorum, when nobody could tell it to wait.
     */
    boolean lostToEarlierRegistration(NodeId broker) {
        List<String> lines = LogFiles.lastLines(workspace.logFile(broker), REGISTRATION_LOG_LINES);
        int lastStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(NodeLogMarks.STARTING)) {
                lastStart = i;
            }
        }
        return lines.subList(lastStart, lines.size()).stream().anyMatch(line -> line.contains(EARLIER_REGISTRATION));
    }

    /**
     * The broker's {@code zookeeper.session.timeout.ms}, at least ZooKeeper's own floor of two ticks (ZooKeeper raises
     * a shorter request to it); a value that is no number is the broker's to report when it starts, so the default.
     */
    private Duration sessionTimeout(NodeId broker) {
        long requested = millis(workspace.properties(broker).toProperties(), "zookeeper.session.timeout.ms", 18_000);
        long floor = workspace.definition().zookeeperIds().stream()
                .mapToLong(zk -> 2 * millis(workspace.properties(zk).toProperties(), "tickTime", 3_000))
                .max().orElse(0);
        return Duration.ofMillis(Math.max(requested, floor));
    }

    private static long millis(java.util.Properties properties, String key, long fallback) {
        try {
            return Long.parseLong(properties.getProperty(key, Long.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Launches the node and records it; the caller waits for readiness. */
    Process launch(NodeId node) {
        try {
            Files.createDirectories(workspace.logFile(node).getParent());
            marks.starting(node);
            settings.keep(node);
            Process process = commands.builder(node).start();
            records.write(node, new RunRecord(node.name(), process.pid(), NodeProcesses.startMillis(process.toHandle()),
                    System.currentTimeMillis(), workspace.clientPort(node), workspace.agentPort(node), false, null, 0));
            return process;
        } catch (IOException e) {
            throw new ClusterException("cannot start " + node + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ready: a ZooKeeper serving (with quorum), a broker running and registered in ZooKeeper. Gives up with
     * {@link StartCancelledException} once {@code cancelled}.
     */
    void awaitReady(NodeId node, Process process, BooleanSupplier cancelled) {
        Duration timeout = node.kind() == NodeKind.BROKER ? BROKER_READY_TIMEOUT : ZOOKEEPER_READY_TIMEOUT;
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                if (wasKilled(node, process)) {
                    throw new StartCancelledException(node + " was killed while starting");
                }
                List<String> tail = LogFiles.lastLines(workspace.logFile(node), START_FAILURE_LOG_LINES);
                throw new NodeDidNotStartException(node, node + " did not start: "
                        + ExitReasons.describe(OptionalInt.of(exitValue(process)), tail), workspace.logFile(node), tail);
            }
            if (cancelled.getAsBoolean()) {
                throw StartCancelledException.byStop(node);
            }
            boolean serving = agents.health(workspace.agentPort(node)).map(h -> h.serving()).orElse(false);
            if (serving && (node.kind() == NodeKind.ZOOKEEPER || registrations.isRegistered(node.id()))) {
                markReady(node, process);
                return;
            }
            try {
                process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while starting " + node, e);
            }
        }
        String hint = node.kind() == NodeKind.ZOOKEEPER
                ? " (a ZooKeeper in an ensemble serves only once a majority of its peers runs)"
                : " (is ZooKeeper running with quorum?)";
        throw new NodeDidNotStartException(node, node + " was not ready within " + timeout.toSeconds() + " s" + hint
                + "; see " + workspace.logFile(node), workspace.logFile(node),
                LogFiles.lastLines(workspace.logFile(node), START_FAILURE_LOG_LINES));
    }

    /** The monitor would mark it too, but a CLI start may end before any monitor looks. */
    private void markReady(NodeId node, Process process) {
        records.read(node).filter(run -> run.pid() == process.pid())
                .ifPresent(run -> records.update(node, run, r -> r.withReadyAt(System.currentTimeMillis())));
    }

    /** A kill marks the record before its SIGKILL, so a start can tell that from a crash. */
    private boolean wasKilled(NodeId node, Process process) {
        return records.read(node)
                .filter(run -> run.pid() == process.pid() && NodeStatusReader.ENDING_KILLED.equals(run.ending()))
                .isPresent();
    }

    private static int exitValue(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
