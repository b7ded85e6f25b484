package io.brokerlab.launcher.verify;

import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every {@code interval}, kills (SIGKILL) the current leader of one of a topic's partitions, in
 * turn, and starts it again once the cluster has seen it die, until closed. What it did is kept
 * as timestamped lines.
 */
final class LeaderChaos implements AutoCloseable {

    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);

    private final LocalCluster cluster;
    private final TopicService topics;
    private final String topic;
    private final Duration interval;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    LeaderChaos(LocalCluster cluster, TopicService topics, String topic, Duration interval) {
        this.cluster = cluster;
        this.topics = topics;
        this.topic = topic;
        this.interval = interval;
        this.thread = new Thread(this::loop, "brokerlab-chaos");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        int round = 0;
        while (pauseWhileRunning(interval)) {
            try {
                TopicInfo info = topics.describe(topic);
                int partition = round++ % info.partitions().size();
                int leader = info.partitions().get(partition).leader();
                if (leader < 0) {
                    event("partition " + partition + " has no leader; nothing to kill");
                    continue;
                }
                NodeId broker = NodeId.broker(leader);
                event("killing " + broker + ", leader of partition " + partition);
                cluster.kill(broker).join();
                // A broker restarted before its ZooKeeper session expires finds its old registration
                // and exits; wait until the cluster has noticed the death (and moved leadership).
                awaitRegistered(leader, false);
                cluster.start(broker).join();
                awaitRegistered(leader, true);
                event(broker + " started again");
            } catch (RuntimeException e) {
                // The check goes on: a failed kill or restart is part of what the user sees.
                event("chaos step failed: " + e.getMessage());
            }
        }
    }

    private void awaitRegistered(int brokerId, boolean registered) {
        long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
        while (topics.liveBrokers().stream().anyMatch(node -> node.id() == brokerId) != registered) {
            if (System.nanoTime() > deadline) {
                event("broker-" + brokerId + " still " + (registered ? "not registered" : "registered") + " after "
                        + REGISTRATION_TIMEOUT.toSeconds() + " s");
                return;
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** False once closed; never interrupted, so a step in progress always finishes (a killed broker is restarted). */
    private boolean pauseWhileRunning(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < end) {
            pause(Duration.ofMillis(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000))));
        }
        return running;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void event(String text) {
        events.add(Instant.now() + " " + text);
    }

    List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /**
     * Stops after the current step; a broker being restarted is started before this returns, even when the caller
     * was interrupted (a cancelled check): returning early would close the admin client under the restart and leave
     * the killed broker down.
     */
    @Override
    public void close() {
        running = false;
        boolean interrupted = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (thread.isAlive() && System.nanoTime() < deadline) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
