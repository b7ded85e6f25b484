package io.brokerlab.launcher.admin;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Node;

/**
 * Topic administration over Kafka's Admin API. Requests are checked with Kafka's own rules
 * before they are sent, so a user reads the reason instead of a broker error code. Calls block
 * the calling thread; the app runs them on a background executor.
 */
public final class TopicService implements AutoCloseable {

    private final Admin admin;
    private final TopicReader reader;
    private final TopicChanges changes;
    private final PreferredLeaderElection elections;
    private final PartitionReassignment reassignment;

    public TopicService(Admin admin) {
        this(admin, Set::of);
    }

    /**
     * @param knownDown brokers the caller knows to be down (a local cluster's stopped or killed nodes): ZooKeeper
     *                  keeps listing a killed broker until its session ends, and Kafka would meanwhile elect it
     */
    public TopicService(Admin admin, Supplier<Set<Integer>> knownDown) {
        this.admin = admin;
        this.reader = new TopicReader(admin, knownDown);
        this.changes = new TopicChanges(admin, reader, new TopicRequestValidator(reader::liveBrokers));
        this.elections = new PreferredLeaderElection(admin, reader);
        this.reassignment = new PartitionReassignment(admin, reader);
    }

    /** Returns once every partition of the new topic has a leader, so the topic can be described or produced to. */
    public void create(NewTopicRequest request) {
        changes.create(request);
    }

    public void delete(String name) {
        changes.delete(name);
    }

    /**
     * Sets and removes topic overrides in one incremental request, leaving other overrides as
     * they are; a removed key falls back to the broker's default.
     */
    public void alterConfigs(String name, Map<String, String> set, Set<String> remove) {
        changes.alterConfigs(name, set, remove);
    }

    /** Grows a topic to {@code totalPartitions}; Kafka cannot shrink one. */
    public void addPartitions(String name, int totalPartitions) {
        changes.addPartitions(name, totalPartitions);
    }

    /**
     * Makes each partition's first replica its leader again where it is live and in sync. A partition whose preferred
     * replica is down or behind cannot move, which is common during a failover: it is named with the reason and the
     * others still move.
     */
    public ElectionResult electPreferredLeaders(String name) {
        return elections.electAll(name);
    }

    /**
     * As {@link #electPreferredLeaders(String)}, for the given partitions only: the topic's other partitions keep
     * their leaders, even where those are not the preferred ones. Returns the partitions whose leader moved; one
     * that could not move fails the call, since it was asked for by name.
     */
    public List<Integer> electPreferredLeaders(String name, Set<Integer> partitions) {
        return elections.electEach(name, partitions);
    }

    /**
     * As {@link #electPreferredLeaders(String)}, for the given partitions only: those that could not move are named
     * with the reason, as for the whole topic. The app leaves out partitions whose preferred replica it knows to be
     * down, which ZooKeeper still registers for a few seconds after a kill.
     */
    public ElectionResult tryElectPreferredLeaders(String name, Set<Integer> partitions) {
        return elections.tryElect(name, partitions);
    }

    /** Why a partition whose preferred replica is on a broker that is down keeps its leader. */
    public static String preferredReplicaDown(int broker) {
        return PreferredLeaderElection.preferredReplicaDown(broker);
    }

    /**
     * Gives a partition a new replica list (its first broker becomes the preferred leader) and
     * waits until the cluster has finished moving the data. The same replicas in another order (how a leader is
     * moved) are taken even while one of them is down: Kafka rewrites the order at once, nothing has to catch up.
     */
    public void reassign(String name, int partition, List<Integer> replicas, Duration timeout) {
        reassignment.reassign(name, partition, replicas, timeout);
    }

    /**
     * Unknown keys and invalid values, named with Kafka's own reason from its config definitions. No I/O: a form can
     * call it as the user types.
     */
    public static void validateConfigs(Map<String, String> overrides) {
        TopicRequestValidator.validateConfigs(overrides);
    }

    /** The brokers registered in ZooKeeper, less those the caller knows to be down. */
    public Collection<Node> liveBrokers() {
        return reader.liveBrokers();
    }

    /** Topic names, sorted. */
    public List<String> list() {
        return reader.list();
    }

    /**
     * Each partition's end offset: the offset its next message will get. Partitions without a reachable leader
     * are left out.
     */
    public Map<Integer, Long> endOffsets(String name) {
        return reader.endOffsets(name);
    }

    /**
     * Every topic's partitions in one request, without configs (a config read per topic is a request per topic, and
     * a list of topics shows none).
     */
    public List<TopicInfo> describePartitionsOfAll() {
        return reader.describePartitionsOfAll();
    }

    /**
     * A broker setting as the running brokers have it (e.g. the min.insync.replicas a topic gets when it sets none);
     * empty without a live broker. Brokerlab writes the same value into every broker's file, so one broker answers.
     */
    public Optional<String> brokerConfig(String key) {
        return reader.brokerConfig(key);
    }

    /** A topic's partitions and configs. */
    public TopicInfo describe(String name) {
        return reader.describe(name);
    }

    @Override
    public void close() {
        admin.close();
    }
}
