package io.brokerlab.launcher.state;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.cluster.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Cluster state of a cluster known only by its bootstrap servers (KRaft, or ZooKeeper out of
 * reach): the Admin API is polled at a short period and successive states are diffed into the
 * same events as ZooKeeper mode. Leader and controller epochs are not told by the Admin API
 * and read -1. In KRaft, brokers report a broker id as "controller", not the active quorum
 * controller.
 */
final class AdminPollingWatcher implements ClusterStateWatcher {

    static final Duration DEFAULT_PERIOD = Duration.ofMillis(500);
    /** Each call is bounded well below the unreachable report: a poll must not hang. */
    private static final int CALL_TIMEOUT_MS = 3_000;

    private final Admin admin;
    private final StatePublisher publisher;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "brokerlab-admin-poll");
        thread.setDaemon(true);
        return thread;
    });
    // Poller thread only.
    private boolean everRead;

    AdminPollingWatcher(String bootstrapServers, Duration period) {
        this.admin = KafkaClients.admin(bootstrapServers);
        this.publisher = new StatePublisher(ClusterState.notYetRead(ClusterState.Source.ADMIN_API, Instant.now(),
                List.of()), "brokerlab-state");
        poller.scheduleWithFixedDelay(this::poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public ClusterState current() {
        return publisher.current();
    }

    @Override
    public Subscription addListener(Executor executor, ClusterStateListener listener) {
        return publisher.addListener(executor, listener);
    }

    private void poll() {
        try {
            Instant now = Instant.now();
            DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(CALL_TIMEOUT_MS));
            Map<Integer, BrokerInfo> brokers = new TreeMap<>();
            for (Node node : get(cluster.nodes())) {
                brokers.put(node.id(), new BrokerInfo(node.id(), node.host(), node.port()));
            }
            Node controller = get(cluster.controller());
            OptionalInt controllerId = controller == null || controller.isEmpty()
                    ? OptionalInt.empty() : OptionalInt.of(controller.id());
            Map<String, TopicState> topics = topics();
            if (everRead) {
                publisher.submit(s -> s.withMetadata(now, brokers, controllerId, topics));
            } else {
                everRead = true;
                publisher.submitQuietly(s -> s.withMetadata(now, brokers, controllerId, topics));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Instant since = Instant.now();
            publisher.submit(s -> s.unreachable(since));
        }
    }

    private Map<String, TopicState> topics() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> names = get(admin.listTopics(new ListTopicsOptions().listInternal(true).timeoutMs(CALL_TIMEOUT_MS))
                .names());
        Map<String, KafkaFuture<TopicDescription>> descriptions = admin
                .describeTopics(names, new DescribeTopicsOptions().timeoutMs(CALL_TIMEOUT_MS)).topicNameValues();
        Map<String, TopicState> topics = new TreeMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> entry : descriptions.entrySet()) {
            try {
                topics.put(entry.getKey(), topic(get(entry.getValue())));
            } catch (ExecutionException e) {
                // Deleted between list and describe: it is simply gone.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return topics;
    }

    private static TopicState topic(TopicDescription description) {
        Map<Integer, PartitionState> partitions = new TreeMap<>();
        for (TopicPartitionInfo p : description.partitions()) {
            int leader = p.leader() == null || p.leader().isEmpty() ? PartitionState.NO_LEADER : p.leader().id();
            partitions.put(p.partition(), new PartitionState(description.name(), p.partition(), ids(p.replicas()),
                    leader, ids(p.isr()), -1, -1));
        }
        return new TopicState(description.name(), new TreeMap<>(partitions));
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(CALL_TIMEOUT_MS + 1_000L, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(2));
        publisher.close();
    }
}
