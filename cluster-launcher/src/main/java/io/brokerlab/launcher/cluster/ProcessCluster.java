package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.ConfigValidator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.process.LogFiles;
import io.brokerlab.launcher.process.NodeCommand;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.process.Signals;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** {@link LocalCluster} over real child processes, their run records and agents. */
final class ProcessCluster implements LocalCluster {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration MONITOR_PERIOD = Duration.ofMillis(500);
    private static final Duration ZOOKEEPER_READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BROKER_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BROKER_STOP_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration ZOOKEEPER_STOP_TIMEOUT = Duration.ofSeconds(15);

    private record Registration(Executor executor, ClusterListener listener) {
    }

    private final Workspace workspace;
    private final RunRecords records;
    private final AgentClient agents = new AgentClient();
    private final NodeCommand commands;
    private final NodeStatusReader reader;
    private final BrokerRegistrations registrations;
    private final ExecutorService work = Executors.newCachedThreadPool(daemon("brokerlab-launcher"));
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(daemon("brokerlab-monitor"));
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final Map<NodeId, Object> nodeLocks = new ConcurrentHashMap<>();
    private final Map<NodeId, Process> children = new ConcurrentHashMap<>();
    private volatile ClusterSnapshot snapshot;
    private volatile boolean monitoring;

    ProcessCluster(Workspace workspace) {
        this.workspace = workspace;
        this.records = new RunRecords(workspace);
        this.commands = new NodeCommand(workspace);
        this.reader = new NodeStatusReader(workspace, records, agents);
        this.registrations = new BrokerRegistrations(workspace.zookeeperConnect());
        this.snapshot = new ClusterSnapshot(Instant.now(), workspace.bootstrapServers(), workspace.zookeeperConnect(),
                workspace.definition().nodes().stream()
                        .map(n -> NodeStatus.stopped(n, workspace.clientPort(n), workspace.agentPort(n), Instant.now()))
                        .toList());
        refreshNow();
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public CompletableFuture<ClusterSnapshot> refresh() {
        return CompletableFuture.supplyAsync(this::refreshNow, work);
    }

    @Override
    public Subscription addListener(Executor executor, ClusterListener listener) {
        Registration registration = new Registration(executor, listener);
        listeners.add(registration);
        startMonitoring();
        return () -> listeners.remove(registration);
    }

    private synchronized void startMonitoring() {
        if (!monitoring) {
            monitoring = true;
            monitor.scheduleWithFixedDelay(this::refreshQuietly, MONITOR_PERIOD.toMillis(), MONITOR_PERIOD.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void refreshQuietly() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            // The monitor must survive a torn file or a vanished workspace; the next tick retries.
        }
    }

    /** Rebuilds the snapshot and tells listeners what changed; one rebuild at a time. */
    private synchronized ClusterSnapshot refreshNow() {
        ClusterSnapshot previous = snapshot;
        List<NodeStatus> nodes = new ArrayList<>();
        for (NodeId node : workspace.definition().nodes()) {
            NodeStatus before = previous.node(node).orElse(null);
            nodes.add(reader.read(node, exitStatusOf(node), before));
        }
        ClusterSnapshot next = new ClusterSnapshot(Instant.now(), workspace.bootstrapServers(),
                workspace.zookeeperConnect(), nodes);
        snapshot = next;
        for (NodeStatus current : nodes) {
            NodeStatus before = previous.node(current.id()).orElse(null);
            if (before == null || !current.sameStateAs(before)) {
                NodeStatus old = before != null ? before
                        : NodeStatus.stopped(current.id(), current.port(), current.agentPort(), next.takenAt());
                for (Registration r : listeners) {
                    r.executor().execute(() -> r.listener().nodeChanged(old, current, next));
                }
            }
        }
        return next;
    }

    private OptionalInt exitStatusOf(NodeId node) {
        Process child = children.get(node);
        return child != null && !child.isAlive() ? OptionalInt.of(child.exitValue()) : OptionalInt.empty();
    }

    @Override
    public CompletableFuture<ClusterSnapshot> up() {
        return locked(this::upNow);
    }

    private ClusterSnapshot upNow() {
        List<NodeId> toStart = workspace.definition().nodes().stream()
                .filter(n -> !reader.read(n, OptionalInt.empty(), null).state().isAlive())
                .toList();
        // Every check before the first launch: a bad file or a taken port starts nothing.
        toStart.forEach(this::preflight);
        Map<NodeId, Process> launched = new java.util.LinkedHashMap<>();
        try {
            // ZooKeepers are launched first. Brokers follow at once instead of after
            // ZooKeeper serves: their first second is JVM and class start-up, which then
            // overlaps ZooKeeper's; their ZooKeeper client waits for it to answer.
            for (NodeId node : toStart) {
                launched.put(node, withNodeLock(node, () -> launch(node)));
            }
            awaitAllReady(launched, NodeKind.ZOOKEEPER);
            awaitAllReady(launched, NodeKind.BROKER);
        } catch (RuntimeException e) {
            // Nothing half-started: undo what this call started, brokers first.
            rollBack(new ArrayList<>(launched.keySet()));
            throw e;
        }
        return refreshNow();
    }

    private void awaitAllReady(Map<NodeId, Process> launched, NodeKind kind) {
        List<CompletableFuture<Void>> waits = launched.entrySet().stream()
                .filter(e -> e.getKey().kind() == kind)
                .map(e -> CompletableFuture.runAsync(() -> awaitReady(e.getKey(), e.getValue()), work))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private void rollBack(List<NodeId> startedHere) {
        List<NodeId> order = new ArrayList<>(startedHere);
        order.sort((a, b) -> a.kind() == b.kind() ? 0 : a.kind() == NodeKind.BROKER ? -1 : 1);
        for (NodeId node : order) {
            try {
                stopNow(node);
            } catch (RuntimeException ignored) {
                // Best effort: the original failure is what the user needs to see.
            }
        }
    }

    @Override
    public CompletableFuture<ClusterSnapshot> down() {
        return locked(this::downNow);
    }

    private ClusterSnapshot downNow() {
        // One broker at a time: stopped together, one fails its controlled shutdown and
        // waits out the retry back-off. ZooKeeper last, or brokers hang in shutdown.
        for (NodeId broker : workspace.definition().brokerIds()) {
            stopNow(broker);
        }
        List<CompletableFuture<NodeStatus>> stops = workspace.definition().zookeeperIds().stream()
                .map(zk -> CompletableFuture.supplyAsync(() -> stopNow(zk), work))
                .toList();
        try {
            CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
        return refreshNow();
    }

    @Override
    public CompletableFuture<NodeStatus> start(NodeId node) {
        return locked(() -> startNow(node));
    }

    @Override
    public CompletableFuture<NodeStatus> stop(NodeId node) {
        return locked(() -> stopNow(node));
    }

    @Override
    public CompletableFuture<NodeStatus> restart(NodeId node) {
        return locked(() -> {
            stopNow(node);
            return startNow(node);
        });
    }

    @Override
    public CompletableFuture<NodeStatus> kill(NodeId node) {
        return locked(() -> withNodeLock(node, () -> {
            RunRecord run = requireLive(node, "kill");
            ProcessHandle process = NodeProcesses.live(run).orElseThrow();
            records.write(node, run.withEnding(NodeStatusReader.ENDING_KILLED));
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
            return statusOf(node);
        }));
    }

    @Override
    public CompletableFuture<NodeStatus> pause(NodeId node) {
        return locked(() -> withNodeLock(node, () -> {
            requireSignals();
            RunRecord run = requireLive(node, "pause");
            Signals.pause(run.pid());
            records.write(node, run.withPaused(true));
            return statusOf(node);
        }));
    }

    @Override
    public CompletableFuture<NodeStatus> resume(NodeId node) {
        return locked(() -> withNodeLock(node, () -> {
            requireSignals();
            RunRecord run = requireLive(node, "resume");
            Signals.resume(run.pid());
            records.write(node, run.withPaused(false));
            return statusOf(node);
        }));
    }

    @Override
    public List<String> logTail(NodeId node, int lines) {
        return LogFiles.lastLines(workspace.logFile(node), lines);
    }

    private <T> CompletableFuture<T> locked(java.util.function.Supplier<T> action) {
        return CompletableFuture.supplyAsync(() -> WorkspaceLock.with(workspace, action), work);
    }

    private NodeStatus startNow(NodeId node) {
        return withNodeLock(node, () -> {
            NodeStatus current = reader.read(node, OptionalInt.empty(), null);
            if (current.state().isAlive()) {
                return current;
            }
            preflight(node);
            Process process = launch(node);
            awaitReady(node, process);
            return statusOf(node);
        });
    }

    private void preflight(NodeId node) {
        int port = workspace.clientPort(node);
        for (int p : List.of(port, workspace.agentPort(node))) {
            PortAllocator.checkAvailable(p).ifPresent(problem -> {
                throw new ClusterException("cannot start " + node + ": " + problem);
            });
        }
        List<ConfigProblem> problems = node.kind() == NodeKind.BROKER
                ? ConfigValidator.validateBroker(workspace.properties(node).toProperties())
                : ConfigValidator.validateZooKeeper(workspace.properties(node).toProperties());
        List<ConfigProblem> errors = problems.stream().filter(ConfigProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ClusterException("cannot start " + node + ": " + workspace.propertiesFile(node).getFileName()
                    + " is invalid: " + errors.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    private Process launch(NodeId node) {
        try {
            Files.createDirectories(workspace.logFile(node).getParent());
            Files.writeString(workspace.logFile(node),
                    "=== brokerlab: starting " + node + " at " + Instant.now() + " ===" + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = commands.builder(node).start();
            records.write(node, new RunRecord(node.name(), process.pid(), NodeProcesses.startMillis(process.toHandle()),
                    System.currentTimeMillis(), workspace.clientPort(node), workspace.agentPort(node), false, null));
            children.put(node, process);
            process.onExit().thenRunAsync(this::refreshQuietly, work);
            return process;
        } catch (IOException e) {
            throw new ClusterException("cannot start " + node + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(NodeId node, Process process) {
        Duration timeout = node.kind() == NodeKind.BROKER ? BROKER_READY_TIMEOUT : ZOOKEEPER_READY_TIMEOUT;
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ClusterException(node + " did not start: "
                        + ExitReasons.describe(OptionalInt.of(exitValue(process)),
                        LogFiles.lastLines(workspace.logFile(node), NodeStatusReader.CRASH_LOG_LINES)));
            }
            boolean serving = agents.health(workspace.agentPort(node)).map(h -> h.serving()).orElse(false);
            if (serving && (node.kind() == NodeKind.ZOOKEEPER || registrations.isRegistered(node.id()))) {
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
        throw new ClusterException(node + " was not ready within " + timeout.toSeconds() + " s" + hint
                + "; see " + workspace.logFile(node));
    }

    private static int exitValue(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private NodeStatus stopNow(NodeId node) {
        return withNodeLock(node, () -> {
            Optional<RunRecord> record = records.read(node);
            Optional<ProcessHandle> process = record.flatMap(NodeProcesses::live);
            if (process.isEmpty()) {
                records.delete(node);
                return statusOf(node);
            }
            RunRecord run = record.get();
            if (run.paused()) {
                Signals.resume(run.pid());
            }
            records.write(node, run.withPaused(false).withEnding(NodeStatusReader.ENDING_STOPPING));
            // The agent path works everywhere; on Windows destroy() would be forcible.
            if (!agents.requestShutdown(run.agentPort(), workspace.secret())) {
                process.get().destroy();
            }
            Duration timeout = node.kind() == NodeKind.BROKER ? BROKER_STOP_TIMEOUT : ZOOKEEPER_STOP_TIMEOUT;
            if (!awaitExit(process.get(), timeout)) {
                process.get().destroyForcibly();
                awaitExit(process.get(), Duration.ofSeconds(10));
            }
            records.delete(node);
            return statusOf(node);
        });
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private RunRecord requireLive(NodeId node, String action) {
        Optional<RunRecord> record = records.read(node);
        if (record.flatMap(NodeProcesses::live).isEmpty()) {
            throw new ClusterException("cannot " + action + " " + node + ": it is not running");
        }
        return record.get();
    }

    private static void requireSignals() {
        if (!Signals.supported()) {
            throw new UnsupportedOperationException("pause and resume need POSIX signals, which this OS lacks");
        }
    }

    private NodeStatus statusOf(NodeId node) {
        return refreshNow().node(node).orElseThrow();
    }

    private <T> T withNodeLock(NodeId node, java.util.function.Supplier<T> action) {
        if (!workspace.definition().nodes().contains(node)) {
            throw new ClusterException("no node " + node + " in this cluster (nodes: "
                    + workspace.definition().nodes().stream().map(NodeId::name).collect(Collectors.joining(", ")) + ")");
        }
        synchronized (nodeLocks.computeIfAbsent(node, n -> new Object())) {
            return action.get();
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException r ? r : e;
    }

    @Override
    public void close() {
        listeners.clear();
        monitor.shutdownNow();
        work.shutdown();
        registrations.close();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
