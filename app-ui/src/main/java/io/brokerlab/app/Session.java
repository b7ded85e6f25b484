package io.brokerlab.app;

import io.brokerlab.app.topics.LauncherTopicSource;
import io.brokerlab.app.topics.TopicSource;
import io.brokerlab.app.ui.Coalescer;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.Subscription;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.ClusterStateWatcher;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's connection to one cluster: a workspace folder's {@link LocalCluster} (absent until the folder is a
 * workspace) or an external cluster; the latest snapshot and cluster state as FX properties, node and cluster events
 * in batches, and the background executors every view model shares. Properties are changed on the FX thread only.
 */
public final class Session implements AutoCloseable {

    private final Executor fx;
    private final Executor pulse;
    private final ExecutorService background = Executors.newCachedThreadPool(daemon("brokerlab-ui-work"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("brokerlab-ui-tick"));
    private final ObjectProperty<Path> directory = new SimpleObjectProperty<>();
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<ClusterSnapshot> snapshot = new SimpleObjectProperty<>();
    private final List<Consumer<List<NodeEvent>>> eventListeners = new CopyOnWriteArrayList<>();
    private final Coalescer<Tagged<ClusterSnapshot>> snapshots;
    private final Coalescer<Tagged<NodeEvent>> events;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    /** Counts opens and connects (FX thread), so a slow older one never replaces a newer one. */
    private long generation;
    /** The generation shown now, -1 for none (FX thread): feed items still queued from an older one are dropped. */
    private long shown = -1;
    private LocalCluster cluster;
    private Subscription subscription;
    private ScheduledFuture<?> tick;
    private LauncherTopicSource topics;
    private ClusterStateWatcher watcher;
    private Subscription stateSubscription;
    private final ObjectProperty<ClusterState> clusterState = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final List<Consumer<List<ClusterEvent>>> clusterEventListeners = new CopyOnWriteArrayList<>();
    private final Coalescer<Tagged<StateUpdate>> states;
    /** Connections opened in the background and not yet shown (or closed); see {@link #install}. */
    private final Set<Parts> notYetShown = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Every workspace folder shown since the app started, oldest first (FX thread): their nodes may still run. */
    private final Set<Path> workspacesShown = new java.util.LinkedHashSet<>();

    /** A feed item and the generation of the connection it came from. */
    private record Tagged<T>(long generation, T item) {
    }

    /** One call of the state watcher: the state and what changed since the one before. */
    private record StateUpdate(ClusterState state, List<ClusterEvent> events) {
    }

    public Session(Executor fx) {
        this(fx, fx);
    }

    /**
     * @param fx    runs general work on the FX thread (completions, dialogs)
     * @param pulse runs the coalesced feeds' updates: at most once per pulse in the app ({@code NextPulse})
     */
    public Session(Executor fx, Executor pulse) {
        this.fx = fx;
        this.pulse = pulse;
        this.snapshots = new Coalescer<>(pulse, 16, batch -> {
            // the 1 s tick reads the launcher's snapshot unlocked and may offer it after a newer one: whatever the
            // batch, the launcher's own newest is shown (no clock compared: the wall clock can step back)
            List<ClusterSnapshot> current = current(batch);
            if (!current.isEmpty()) {
                snapshot.set(cluster != null ? cluster.snapshot() : current.get(current.size() - 1));
            }
        });
        this.events = new Coalescer<>(pulse, 10_000, batch -> {
            List<NodeEvent> current = current(batch);
            if (!current.isEmpty()) {
                eventListeners.forEach(l -> l.accept(current));
            }
        });
        // States are whole snapshots, so only the newest of a burst is shown; events are all kept (bounded).
        this.states = new Coalescer<>(pulse, 10_000, batch -> {
            List<StateUpdate> current = current(batch);
            if (current.isEmpty()) {
                return;
            }
            List<ClusterEvent> all = new ArrayList<>();
            current.forEach(u -> all.addAll(u.events()));
            clusterState.set(current.get(current.size() - 1).state());
            if (!all.isEmpty()) {
                clusterEventListeners.forEach(l -> l.accept(all));
            }
        });
    }

    /**
     * Shows {@code dir}: attaches to its cluster if it is a workspace, else waits for {@link #create}. FX thread; the
     * workspace is read and the cluster opened on a background thread (a paused node's agent can take seconds to
     * answer). The future completes once the views show it, or with what went wrong (on the thread that found it,
     * so chain with an FX executor).
     */
    public CompletableFuture<Void> open(Path dir) {
        Path normal = dir.toAbsolutePath().normalize();
        detach();
        directory.set(normal);
        return opening(install(() -> Workspace.isWorkspace(normal) ? Parts.local(Workspace.open(normal)) : null));
    }

    /** Attaches to a workspace just created (e.g. by the wizard). FX thread, as {@link #open}. */
    public CompletableFuture<Void> attach(Workspace ws) {
        detach();
        // as open() sets it: the close question tells the shown workspace from the others by this path
        directory.set(ws.dir().toAbsolutePath().normalize());
        return opening(install(() -> Parts.local(ws)));
    }

    /** Between detaching the old workspace and showing the new one, views say "opening" rather than "none here". */
    private CompletableFuture<Void> opening(CompletableFuture<Void> installed) {
        return tracked(installed, true);
    }

    /** {@code workspace}: a workspace is being opened; else a connect, which supersedes any opening under way. */
    private CompletableFuture<Void> tracked(CompletableFuture<Void> installed, boolean workspace) {
        long mine = generation;
        opening.set(workspace);
        installed.whenCompleteAsync((ok, error) -> {
            if (mine == generation) {
                opening.set(false);
            }
        }, fx);
        return installed;
    }

    /** True while a workspace opened with {@link #open} or {@link #attach} is read; FX thread. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * Shows an external cluster instead of the workspace: every view but process control. The current connection
     * stays until the new one has answered (and a ZooKeeper given has proved to hold the same cluster), so a wrong
     * address loses nothing. FX thread, as {@link #open}.
     */
    public CompletableFuture<Void> connect(String bootstrapServers, Optional<String> zookeeper) {
        return tracked(install(() -> Parts.external(bootstrapServers, zookeeper)), false);
    }

    /** The items of the connection shown now. */
    private <T> List<T> current(List<Tagged<T>> batch) {
        return batch.stream().filter(t -> t.generation() == shown).map(Tagged::item).toList();
    }

    /** A newer open or connect, or closing the session, fails the older one with a {@link CancellationException}. */
    private CompletableFuture<Void> install(Callable<Parts> opener) {
        long mine = ++generation;
        return CompletableFuture.supplyAsync(() -> {
            Parts parts;
            try {
                parts = opener.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
            if (parts != null) {
                notYetShown.add(parts);
                // the window closed while this opened: the FX step below may never run, so close here
                if (closed && notYetShown.remove(parts)) {
                    parts.close();
                    throw new CancellationException("the window was closed meanwhile");
                }
            }
            return parts;
        }, background).thenAcceptAsync(parts -> {
            // whoever removes the parts from notYetShown owns them: this step, or close()
            if (parts != null && !notYetShown.remove(parts)) {
                throw new CancellationException("the window was closed meanwhile");
            }
            if (mine != generation) {
                if (parts != null) {
                    closeLater(parts);
                }
                throw new CancellationException("another cluster was opened meanwhile");
            }
            if (parts != null) {
                detach();
                use(parts, mine);
            }
        }, fx);
    }

    /** Clients close in the background: Curator and the admin client can take seconds. */
    private void closeLater(Parts parts) {
        try {
            background.execute(parts::close);
        } catch (RejectedExecutionException closedSession) {
            daemon("brokerlab-ui-close").newThread(parts::close).start();
        }
    }

    private void use(Parts parts, long mine) {
        shown = mine;
        cluster = parts.cluster();
        topics = parts.topics();
        watcher = parts.watcher();
        if (cluster != null) {
            LocalCluster c = cluster;
            // The launcher calls us on its own thread; we only queue, and the coalescer hands the FX thread one batch.
            subscription = c.addListener(Runnable::run, (previous, current, snap) -> {
                events.offer(new Tagged<>(mine, new NodeEvent(Instant.now(), previous, current, snap)));
                snapshots.offer(new Tagged<>(mine, snap));
            });
            // heap and uptime change without a listener call; the snapshot itself is cheap (no I/O)
            tick = scheduler.scheduleWithFixedDelay(() -> snapshots.offer(new Tagged<>(mine, c.snapshot())), 0, 1,
                    TimeUnit.SECONDS);
        }
        // Leaders, ISRs, controller and quorum as they change: from ZooKeeper, or polled from an external cluster's Admin API.
        stateSubscription = watcher.addListener(Runnable::run, (state, changes) ->
                states.offer(new Tagged<>(mine, new StateUpdate(state, changes))));
        parts.connection().workspace().ifPresent(ws -> workspacesShown.add(ws.dir().toAbsolutePath().normalize()));
        workspace.set(parts.connection().workspace().orElse(null));
        snapshot.set(cluster == null ? null : cluster.snapshot());
        connection.set(parts.connection());
    }

    /** One connection's clients, opened on a background thread and handed to the FX thread whole. */
    private record Parts(Connection connection, LocalCluster cluster, LauncherTopicSource topics,
                         ClusterStateWatcher watcher) implements AutoCloseable {

        static Parts local(Workspace ws) {
            LocalCluster cluster = LocalCluster.open(ws);
            try {
                return new Parts(Connection.local(ws), cluster, new LauncherTopicSource(ws.bootstrapServers()),
                        ClusterStateWatcher.forLocal(cluster));
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
        }

        static Parts external(String bootstrapServers, Optional<String> zookeeper) {
            LauncherTopicSource topics = new LauncherTopicSource(bootstrapServers);
            try {
                // fails here, with Kafka's reason, when nothing answers at that address
                topics.describeAll();
            } catch (RuntimeException e) {
                topics.close();
                throw e;
            }
            try {
                // waits for a ZooKeeper given and fails, saying why, unless it holds the brokers' cluster
                return new Parts(Connection.external(bootstrapServers, zookeeper), null, topics,
                        ClusterStateWatcher.forExternal(bootstrapServers, zookeeper));
            } catch (RuntimeException e) {
                topics.close();
                throw e;
            }
        }

        /** Closing waits for Curator and the admin client (up to seconds): never on the FX thread. */
        @Override
        public void close() {
            watcher.close();
            topics.close();
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private void detach() {
        if (tick != null) {
            tick.cancel(false);
        }
        if (subscription != null) {
            subscription.close();
        }
        if (stateSubscription != null) {
            stateSubscription.close();
        }
        if (watcher != null) {
            closeLater(new Parts(connection.get(), cluster, topics, watcher));
        }
        shown = -1;
        cluster = null;
        subscription = null;
        tick = null;
        watcher = null;
        stateSubscription = null;
        clusterState.set(null);
        topics = null;
        connection.set(null);
        workspace.set(null);
        snapshot.set(null);
    }

    public void addEventListener(Consumer<List<NodeEvent>> listener) {
        eventListeners.add(listener);
    }

    /** Batches of the state watcher's events (leader, ISR, controller, quorum...), oldest first. FX thread. */
    public void addClusterEventListener(Consumer<List<ClusterEvent>> listener) {
        clusterEventListeners.add(listener);
    }

    /** The newest cluster state from the watcher, at most one change per pulse; null without a workspace. */
    public ReadOnlyObjectProperty<ClusterState> clusterStateProperty() {
        return clusterState;
    }

    public Executor fx() {
        return fx;
    }

    /** For feeds of updates (see {@link io.brokerlab.app.ui.NextPulse}); never for anything that opens a dialog. */
    public Executor pulse() {
        return pulse;
    }

    public ExecutorService background() {
        return background;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /**
     * Runs {@code task} every {@code millis} on the shared timer thread. A failing run is swallowed so the next one
     * still happens (a plain scheduled task stops for good after its first exception); keep tasks short.
     */
    public ScheduledFuture<?> every(long millis, Runnable task) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // next tick retries; the views show staleness themselves
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * The workspace folders shown since the app started, oldest first, the one shown now included: leaving one for
     * another can leave its nodes running, which closing the window should mention. FX thread.
     */
    public List<Path> workspacesShown() {
        return List.copyOf(workspacesShown);
    }

    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory;
    }

    /** The cluster shown: a local workspace's or an external one; null while there is none. */
    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** The local workspace; null while none is open or an external cluster is shown. */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyObjectProperty<ClusterSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** Null while no workspace is open (also while an external cluster is shown). */
    public LocalCluster cluster() {
        return cluster;
    }

    /** Null while there is no connection. */
    public TopicSource topics() {
        return topics;
    }

    /**
     * Drops the open or connect under way, as a newer one would: when it ends, what it opened is closed and the views
     * keep what they show. FX thread.
     */
    public void forgetPending() {
        generation++;
        // the open or connect given up will never say it is done
        opening.set(false);
    }

    @Override
    public void close() {
        if (scheduler.isShutdown()) {
            return;
        }
        closed = true;
        generation++;
        detach();
        // opened on the background thread but not yet handed over: nobody else will close them
        for (Parts parts : List.copyOf(notYetShown)) {
            if (notYetShown.remove(parts)) {
                closeLater(parts);
            }
        }
        scheduler.shutdownNow();
        // let the clients just handed over close cleanly, then stop whatever still runs (a tail, a send)
        background.shutdown();
        Thread reaper = daemon("brokerlab-ui-close").newThread(() -> {
            try {
                if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
                    background.shutdownNow();
                }
            } catch (InterruptedException e) {
                background.shutdownNow();
            }
        });
        reaper.start();
    }

    static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
