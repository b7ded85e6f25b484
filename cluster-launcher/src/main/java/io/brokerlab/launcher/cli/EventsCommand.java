package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.Subscription;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.ClusterState;
import io.brokerlab.launcher.state.ClusterStateWatcher;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", description = "Stream cluster events as they happen, one per line, until interrupted.")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]",
            description = "Watch a cluster run elsewhere through its Admin API (polled), instead of a workspace.")
    String bootstrap;

    @Option(names = "--zookeeper", paramLabel = "HOST:PORT",
            description = "With --bootstrap: watch that cluster's ZooKeeper instead (events as they happen).")
    String zookeeper;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop after N events.")
    Integer maxEvents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (bootstrap == null && zookeeper != null) {
            throw new ParameterException(spec.commandLine(), "--zookeeper needs --bootstrap");
        }
        if (bootstrap != null && workspace.directory != null) {
            throw new ParameterException(spec.commandLine(), "give either --workspace or --bootstrap, not both");
        }
        if (maxEvents != null && maxEvents < 1) {
            throw new ParameterException(spec.commandLine(), "--max-events must be at least 1");
        }
        Optional<LocalCluster> cluster = bootstrap == null ? Optional.of(workspace.openCluster()) : Optional.empty();
        ClusterStateWatcher watcher = cluster.map(ClusterStateWatcher::forLocal)
                .orElseGet(() -> ClusterStateWatcher.forExternal(bootstrap, Optional.ofNullable(zookeeper)));
        // Ctrl-C: stop watching and leave output flushed.
        InterruptHook onInterrupt = InterruptHook.register("brokerlab-events-shutdown", () -> close(watcher, cluster));
        BlockingQueue<ClusterEvent> events = new LinkedBlockingQueue<>();
        AtomicBoolean announced = new AtomicBoolean();
        try (Subscription subscription = watcher.addListener(Runnable::run, (state, changes) -> {
            events.addAll(changes);
            announceLive(state, announced);
        })) {
            announceLive(watcher.current(), announced);
            print(events);
        } finally {
            close(watcher, cluster);
            onInterrupt.close();
        }
        return 0;
    }

    /**
     * Once, on stderr: the stream is live. Until then a quiet stream could mean "nothing
     * happens" or "not connected yet"; scripts wait for this line before breaking things.
     */
    private void announceLive(ClusterState state, AtomicBoolean announced) {
        if (state.reachable() && announced.compareAndSet(false, true)) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("brokerlab: watching %s (%d brokers, %d topics); events follow%n",
                    state.source() == ClusterState.Source.ZOOKEEPER ? "ZooKeeper" : "the Admin API",
                    state.brokers().size(), state.topics().size());
            err.flush();
        }
    }

    private void print(BlockingQueue<ClusterEvent> events) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (int printed = 0; maxEvents == null || printed < maxEvents; printed++) {
                ClusterEvent event = events.take();
                out.println(json ? JsonOutput.oneLine(event.toJsonMap()) : event.toText());
                out.flush();
            }
        } catch (InterruptedException e) {
            // Interrupted is how a stream that runs "until interrupted" ends: not a failure.
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void close(ClusterStateWatcher watcher, Optional<LocalCluster> cluster) {
        watcher.close();
        cluster.ifPresent(LocalCluster::close);
    }
}
