package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.process.AgentClient;
import io.brokerlab.launcher.process.LogFiles;
import io.brokerlab.launcher.process.NodeCommand;
import io.brokerlab.launcher.process.NodeProcesses;
import io.brokerlab.launcher.process.RunRecord;
import io.brokerlab.launcher.process.RunRecords;
import io.brokerlab.launcher.process.Signals;
import io.brokerlab.launcher.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** {@link LocalCluster} over real child processes, their run records and agents. */
final class ProcessCluster implements LocalCluster {

    private static final Duration MONITOR_PERIOD = Duration.ofMillis(500);
    private static final Duration KILL_EXIT_TIMEOUT = Duration.ofSeconds(10);
    private static final int KILL_MARK_ATTEMPTS = 3;

    private record Registration(Executor executor, ClusterListener listener) {
    }

    private final Workspace workspace;
    private final RunRecords records;
    private final AgentClient agents = new AgentClient();
    private final NodeStatusReader reader;
    private final BrokerRegistrations registrations;
    private volatile boolean closed;
    private final NodeLauncher launcher;
    private final NodeTermination termination;
    private final NodeLogMarks marks;
    private final ExecutorService work = Executors.newCachedThreadPool(daemon("brokerlab-launcher"));
    private final ExecutorService kills = Executors.newCachedThreadPool(daemon("brokerlab-kill"));
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(daemon("brokerlab-monitor"));
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final Map<NodeId, Object> nodeLocks = new ConcurrentHashMap<>();
    private final Map<NodeId, Process> children = new ConcurrentHashMap<>();
    /** Children whose end nobody has looked at yet: the first to notice it looks, once. */
    private final Set<Process> endsToLookAt = ConcurrentHashMap.newKeySet();
    /** Counts calls of {@link #down()}: a Start all called before the latest one gives up. */
    private final AtomicInteger stopAllCalls = new AtomicInteger();
    /** Counts calls of {@link #stop(NodeId)} per node: a start of that node called before the latest one gives up. */
    private final Map<NodeId, AtomicInteger> stopCalls = new ConcurrentHashMap<>();
    private volatile ClusterSnapshot snapshot;
    /**
     * Held through a whole rebuild, agent calls included (up to their timeout per silent agent): nothing the app calls
     * on its FX thread may take it, so it is this lock and not the object's monitor.
     */
    private final Object refreshLock = new Object();
    /** A flag rather than a lock: the app adds listeners on its FX thread, which must not wait behind a refresh. */
    private final AtomicBoolean monitoring = new AtomicBoolean();

    ProcessCluster(Workspace workspace) {
        this.workspace = workspace;
        this.records = new RunRecords(workspace);
        this.reader = new NodeStatusReader(workspace, records, agents);
        this.registrations = new BrokerRegistrations(workspace.zookeeperConnect());
        this.marks = new NodeLogMarks(workspace, Clock.systemDefaultZone());
        this.launcher = new NodeLauncher(workspace, records, new NodeCommand(workspace), agents, registrations, marks);
        this.termination = new NodeTermination(workspace, records, agents, marks);
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

    private void startMonitoring() {
        if (monitoring.compareAndSet(false, true)) {
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
    private ClusterSnapshot refreshNow() {
        synchronized (refreshLock) {
            return rebuild();
        }
    }

    private ClusterSnapshot rebuild() {
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
        int stopsSoFar = stopAllCalls.get();
        Map<NodeId, BooleanSupplier> nodeStopped = new java.util.HashMap<>();
        workspace.definition().nodes().forEach(n -> nodeStopped.put(n, stoppedSince(n)));
        return locked(() -> upNow(() -> stopAllCalls.get() != stopsSoFar, nodeStopped));
    }

    /** True once {@link #stop} or {@link #down} is called for {@code node} after this call. */
    private BooleanSupplier stoppedSince(NodeId node) {
        AtomicInteger calls = stopCalls.computeIfAbsent(node, n -> new AtomicInteger());
        int stopsSoFar = calls.get();
        int stopAllsSoFar = stopAllCalls.get();
        return () -> calls.get() != stopsSoFar || stopAllCalls.get() != stopAllsSoFar;
    }

    private ClusterSnapshot upNow(BooleanSupplier cancelled, Map<NodeId, BooleanSupplier> nodeStopped) {
        // "all running" includes a node paused in a demo: it is alive, so it is resumed rather than left frozen
        workspace.definition().nodes().stream()
                .filter(n -> reader.read(n, OptionalInt.empty(), null).state() == NodeState.PAUSED)
                .forEach(this::resumeIfAlive);
        List<NodeId> toStart = workspace.definition().nodes().stream()
                .filter(n -> !reader.read(n, OptionalInt.empty(), null).state().isAlive())
                .toList();
        // Every check before the first launch: a bad file or a taken port starts nothing.
        toStart.forEach(launcher::preflight);
        Map<NodeId, Process> launched = new java.util.LinkedHashMap<>();
        try {
            // ZooKeepers are launched first. Brokers follow at once instead of after
            // ZooKeeper serves: their first second is JVM and class start-up, which then
            // overlaps ZooKeeper's; their ZooKeeper client waits for it to answer.
            for (NodeId node : toStart) {
                if (cancelled.getAsBoolean()) {
                    throw new StartCancelledException("Start all was cancelled by Stop all");
                }
                BooleanSupplier stopped = nodeStopped.get(node);
                try {
                    if (!stopped.getAsBoolean()) {
                        launched.put(node, withNodeLock(node, () -> launch(node,
                                () -> cancelled.getAsBoolean() || stopped.getAsBoolean())));
                    }
                } catch (StartCancelledException e) {
                    if (cancelled.getAsBoolean()) {
                        throw e;
                    }
                    // stopped before it was launched: left stopped, as a node stopped after its launch
                }
            }
            awaitAllReady(launched, NodeKind.ZOOKEEPER, cancelled, nodeStopped);
            awaitAllReady(launched, NodeKind.BROKER, cancelled, nodeStopped);
        } catch (RuntimeException e) {
            // Nothing half-started: undo what this call started, brokers first. Unless this object was closed (the
            // app shows another workspace): that abandons the wait, not the nodes, which outlive it.
            if (!closed) {
                rollBack(new ArrayList<>(launched.keySet()));
            }
            throw e;
        }
        return refreshNow();
    }

    private void awaitAllReady(Map<NodeId, Process> launched, NodeKind kind, BooleanSupplier cancelled,
                               Map<NodeId, BooleanSupplier> nodeStopped) {
        List<CompletableFuture<Void>> waits = launched.entrySet().stream()
                .filter(e -> e.getKey().kind() == kind)
                .map(e -> CompletableFuture.runAsync(() -> awaitReadyUnlessSpared(e.getKey(), e.getValue(), cancelled,
                        nodeStopped.get(e.getKey())), work))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /**
     * A node killed or stopped while the whole cluster starts is the user's choice (a failover demo started early),
     * not a failure: it ends stopped and the others go on. Only Stop all cancels the whole start.
     */
    private void awaitReadyUnlessSpared(NodeId node, Process process, BooleanSupplier cancelled,
                                        BooleanSupplier stopped) {
        try {
            awaitReadyOrRelaunch(node, process, () -> cancelled.getAsBoolean() || stopped.getAsBoolean());
        } catch (StartCancelledException e) {
            if (cancelled.getAsBoolean()) {
                throw e;
            }
            // stopped here rather than by the waiting stop call, which gets the workspace lock only after Start all;
            // a killed node is gone already, and its record keeps saying it was killed
            if (process.isAlive()) {
                stopNow(node);
            }
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
        // before queueing for the lock: a start holding it sees this and gives up, rolling back what it started
        stopAllCalls.incrementAndGet();
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
        BooleanSupplier stopped = stoppedSince(node);
        return locked(() -> startNow(node, stopped));
    }

    /**
     * Cancels a start of the node in progress before queueing for the workspace lock, which that start holds until
     * the node is ready: the start gives up within a poll, stops what it launched and fails with
     * {@link StartCancelledException}, so this stop does not wait up to a minute behind it.
     */
    @Override
    public CompletableFuture<NodeStatus> stop(NodeId node) {
        stopCalls.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
        return locked(() -> stopNow(node));
    }

    @Override
    public CompletableFuture<NodeStatus> restart(NodeId node) {
        BooleanSupplier stopped = stoppedSince(node);
        return locked(() -> {
            // before the stop: a restart to take up an edited file must not leave the node down for a port or id it cannot have
            launcher.requireSettingsOfItsOwn(node);
            marks.restarting(node);
            stopNow(node);
            return startNow(node, stopped);
        });
    }

    /**
     * Runs at once on its own threads, beside whatever else runs: it takes neither the workspace lock nor the
     * node's, so the failover demo's button never waits behind a Start all, a restart or a hung graceful stop. The
     * record is marked before the SIGKILL, and only while it still names the process about to die: a start waiting
     * for that process learns it was killed rather than crashed, and a newer run's record is never mislabelled.
     */
    @Override
    public CompletableFuture<NodeStatus> kill(NodeId node) {
        return CompletableFuture.supplyAsync(() -> {
            requireNode(node);
            ProcessHandle process = markKilled(node);
            Instant signalled = marks.now();
            process.destroyForcibly();
            NodeTermination.awaitExit(process, KILL_EXIT_TIMEOUT);
            marks.killed(node, signalled);
            return statusOf(node);
        }, kills);
    }

    /** The process to kill, its record marked; should a restart replace the record meanwhile, its new process. */
    private ProcessHandle markKilled(NodeId node) {
        for (int attempt = 0; attempt < KILL_MARK_ATTEMPTS; attempt++) {
            Optional<RunRecord> run = records.read(node);
            Optional<ProcessHandle> process = run.flatMap(NodeProcesses::live);
            if (process.isEmpty()) {
                throw new ClusterException("cannot kill " + node + ": it is not running");
            }
            if (records.update(node, run.get(), r -> r.withEnding(NodeStatusReader.ENDING_KILLED)).isPresent()) {
                return process.get();
            }
        }
        throw new ClusterException("cannot kill " + node + ": its process changed " + KILL_MARK_ATTEMPTS
                + " times while being killed; try again");
    }

    /**
     * Takes only the node's lock, not the workspace's: pausing one node must not wait for another node's start. The
     * record's update is conditional, so a CLI pausing at the same moment cannot lose the mark.
     */
    @Override
    public CompletableFuture<NodeStatus> pause(NodeId node) {
        return nodeLocked(node, () -> {
            requireSignals();
            RunRecord run = requireLive(node, "pause");
            Signals.pause(run.pid());
            // applied to the record as it is now, keeping a kill's mark written since it was read
            records.update(node, run, r -> r.withPaused(true));
            marks.paused(node);
            return statusOf(node);
        });
    }

    /** As {@link #pause}, only the node's lock. */
    @Override
    public CompletableFuture<NodeStatus> resume(NodeId node) {
        return nodeLocked(node, () -> resumeNow(node));
    }

    /** Killed between being seen paused and resumed: it is started with the stopped ones instead. */
    private void resumeIfAlive(NodeId node) {
        try {
            withNodeLock(node, () -> resumeNow(node));
        } catch (ClusterException notRunningAnyMore) {
            // the start below finds it stopped
        }
    }

    private NodeStatus resumeNow(NodeId node) {
        requireSignals();
        RunRecord run = requireLive(node, "resume");
        marks.resuming(node);
        Signals.resume(run.pid());
        records.update(node, run, r -> r.withPaused(false));
        return statusOf(node);
    }

    @Override
    public List<String> logTail(NodeId node, int lines) {
        return LogFiles.lastLines(workspace.logFile(node), lines);
    }

    private <T> CompletableFuture<T> locked(java.util.function.Supplier<T> action) {
        return CompletableFuture.supplyAsync(() -> WorkspaceLock.with(workspace, action), work);
    }

    private <T> CompletableFuture<T> nodeLocked(NodeId node, java.util.function.Supplier<T> action) {
        return CompletableFuture.supplyAsync(() -> withNodeLock(node, action), work);
    }

    /** Gives up with {@link StartCancelledException} once {@code stopped}, stopping what it launched. */
    private NodeStatus startNow(NodeId node, BooleanSupplier stopped) {
        return withNodeLock(node, () -> {
            if (stopped.getAsBoolean()) {
                throw StartCancelledException.byStop(node);
            }
            NodeStatus current = reader.read(node, OptionalInt.empty(), null);
            if (current.state().isAlive()) {
                return current;
            }
            try {
                launcher.preflight(node);
                Process process = launch(node, stopped);
                try {
                    awaitReadyOrRelaunch(node, process, stopped);
                } catch (StartCancelledException e) {
                    // killed: already gone; stopped: the stop waiting for the workspace lock would find it still running
                    if (process.isAlive()) {
                        stopNow(node);
                    }
                    throw e;
                }
            } catch (StartCancelledException e) {
                throw e;
            } catch (ClusterException e) {
                // the node's log is where its user looks for why: a refused or failed start leaves its line there too
                launcher.startFailed(node, e.getMessage());
                throw e;
            }
            return statusOf(node);
        });
    }

    /**
     * Waits until {@code node} is ready. A broker launched while ZooKeeper had no quorum (Start all after the quorum
     * was lost starts the ZooKeepers and the brokers together) could not be told to wait for its earlier registration
     * to expire: it registers as soon as the quorum is back, finds the old one and exits. Then that expiry is waited
     * out, ZooKeeper serving by now, and it is launched once more; a second such end is the start's failure.
     */
    private void awaitReadyOrRelaunch(NodeId node, Process process, BooleanSupplier cancelled) {
        try {
            launcher.awaitReady(node, process, cancelled);
            return;
        } catch (StartCancelledException e) {
            throw e;
        } catch (ClusterException e) {
            if (node.kind() != NodeKind.BROKER || !launcher.lostToEarlierRegistration(node)) {
                throw e;
            }
        }
        Process again = withNodeLock(node, () -> {
            launcher.awaitEarlierRegistrationGone(node, cancelled);
            return launch(node, cancelled);
        });
        try {
            launcher.awaitReady(node, again, cancelled);
        } catch (StartCancelledException e) {
            // the callers stop a process they launched themselves: this one is ours
            if (again.isAlive()) {
                stopNow(node);
            }
            throw e;
        }
    }

    private Process launch(NodeId node, BooleanSupplier cancelled) {
        if (zookeeperServing()) {
            launcher.awaitEarlierRegistrationGone(node, cancelled);
        }
        Process process = launcher.launch(node);
        children.put(node, process);
        endsToLookAt.add(process);
        process.onExit().thenRunAsync(() -> {
            lookAtEnd(node, process, records.read(node));
            refreshQuietly();
        }, work);
        return process;
    }

    /**
     * A child whose record was not marked for its end ended by itself: a crash, a failed start, a signal from outside
     * Brokerlab. Its log says so. Looked at when its exit is seen and, as its record may be deleted first, by a stop
     * that finds it gone.
     */
    private void lookAtEnd(NodeId node, Process process, Optional<RunRecord> record) {
        if (endsToLookAt.remove(process)
                && record.filter(r -> r.pid() == process.pid() && r.ending() == null).isPresent()) {
            marks.endedUnexpectedly(node, process.exitValue());
        }
    }

    private boolean zookeeperServing() {
        return workspace.definition().zookeeperIds().stream()
                .anyMatch(zk -> reader.read(zk, OptionalInt.empty(), null).serving());
    }

    private NodeStatus stopNow(NodeId node) {
        return withNodeLock(node, () -> {
            Optional<RunRecord> record = records.read(node);
            Optional<ProcessHandle> process = record.flatMap(NodeProcesses::live);
            if (process.isEmpty()) {
                Process child = children.get(node);
                if (child != null && !child.isAlive()) {
                    lookAtEnd(node, child, record);
                }
                records.delete(node);
                return statusOf(node);
            }
            termination.stop(node, record.get(), process.get(), this::refreshQuietly);
            return statusOf(node);
        });
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
        requireNode(node);
        synchronized (nodeLocks.computeIfAbsent(node, n -> new Object())) {
            return action.get();
        }
    }

    private void requireNode(NodeId node) {
        if (!workspace.definition().nodes().contains(node)) {
            throw new ClusterException("no node " + node + " in this cluster (nodes: "
                    + workspace.definition().nodes().stream().map(NodeId::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException r ? r : e;
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
        monitor.shutdownNow();
        work.shutdown();
        kills.shutdown();
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
