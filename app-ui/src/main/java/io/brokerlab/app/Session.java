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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's connection to one workspace folder: its {@link LocalCluster} (absent until the folder is a
 * workspace), the latest snapshot as an FX property, node events in batches, and the background executors every
 * view model shares. Properties are changed on the FX thread only (through {@code fx}).
 */
public final class Session implements AutoCloseable {

    private final Executor fx;
    private final Executor pulse;
    private final ExecutorService background = Executors.newFixedThreadPool(3, daemon("brokerlab-ui-work"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("brokerlab-ui-tick"));
    private final ObjectProperty<Path> directory = new SimpleObjectProperty<>();
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<ClusterSnapshot> snapshot = new SimpleObjectProperty<>();
    private final List<Consumer<List<NodeEvent>>> eventListeners = new CopyOnWriteArrayList<>();
    private final Coalescer<ClusterSnapshot> snapshots;
    private final Coalescer<NodeEvent> events;
    private LocalCluster cluster;
    private Subscription subscription;
    private ScheduledFuture<?> tick;
    private LauncherTopicSource topics;
    private ClusterStateWatcher watcher;
    private Subscription stateSubscription;
    private final ObjectProperty<ClusterState> clusterState = new SimpleObjectProperty<>();
    private final List<Consumer<List<ClusterEvent>>> clusterEventListeners = new CopyOnWriteArrayList<>();
    private final Coalescer<StateUpdate> states;

    /** One call of the state watcher: the state and what changed since the one before. */
    record StateUpdate(ClusterState state, List<ClusterEvent> events) {
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
        this.snapshots = new Coalescer<>(pulse, 16, batch -> snapshot.set(batch.get(batch.size() - 1)));
        this.events = new Coalescer<>(pulse, 10_000, batch -> eventListeners.forEach(l -> l.accept(batch)));
        // States are whole snapshots, so only the newest of a burst is shown; events are all kept (bounded).
        this.states = new Coalescer<>(pulse, 10_000, batch -> {
            List<ClusterEvent> all = new ArrayList<>();
            batch.forEach(u -> all.addAll(u.events()));
            clusterState.set(batch.get(batch.size() - 1).state());
            if (!all.isEmpty()) {
                clusterEventListeners.forEach(l -> l.accept(all));
            }
        });
    }

    /** Shows {@code dir}: attaches to its cluster if it is a workspace, else waits for {@link #create}. FX thread. */
    public void open(Path dir) {
        detach();
        directory.set(dir.toAbsolutePath().normalize());
        if (Workspace.isWorkspace(dir)) {
            attach(Workspace.open(dir));
        }
    }

    /** Attaches to a workspace just created (e.g. by the wizard). FX thread. */
    public void attach(Workspace ws) {
        detach();
        directory.set(ws.dir());
        cluster = LocalCluster.open(ws);
        topics = new LauncherTopicSource(ws.bootstrapServers());
        // The launcher calls us on its own thread; we only queue, and the coalescer hands the FX thread one batch.
        subscription = cluster.addListener(Runnable::run, (previous, current, snap) -> {
            events.offer(new NodeEvent(Instant.now(), previous, current, snap));
            snapshots.offer(snap);
        });
        LocalCluster c = cluster;
        // heap and uptime change without a listener call; the snapshot itself is cheap (no I/O)
        tick = scheduler.scheduleWithFixedDelay(() -> snapshots.offer(c.snapshot()), 0, 1, TimeUnit.SECONDS);
        // Leaders, ISRs, controller and quorum from ZooKeeper, as they change (no polling).
        watcher = ClusterStateWatcher.forLocal(cluster);
        stateSubscription = watcher.addListener(Runnable::run, (state, changes) -> states.offer(new StateUpdate(state, changes)));
        workspace.set(ws);
        snapshot.set(cluster.snapshot());
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
            // closing waits for Curator (up to seconds): never on the FX thread
            ClusterStateWatcher old = watcher;
            background.execute(old::close);
        }
        if (cluster != null) {
            cluster.close();
        }
        if (topics != null) {
            LauncherTopicSource old = topics;
            background.execute(old::close);
        }
        cluster = null;
        subscription = null;
        watcher = null;
        stateSubscription = null;
        clusterState.set(null);
        topics = null;
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

    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyObjectProperty<ClusterSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** Null while the folder is not a workspace. */
    public LocalCluster cluster() {
        return cluster;
    }

    /** Null while the folder is not a workspace. */
    public TopicSource topics() {
        return topics;
    }

    @Override
    public void close() {
        detach();
        scheduler.shutdownNow();
        background.shutdownNow();
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
