package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;
import static io.brokerlab.launcher.admin.KafkaErrors.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.ElectionNotNeededException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Topic administration over Kafka's Admin API. Requests are checked with Kafka's own rules
 * before they are sent, so a user reads the reason instead of a broker error code. Calls block
 * the calling thread; the app runs them on a background executor.
 */
public final class TopicService implements AutoCloseable {

    /** How long one broker may take to tell a config default before the next is asked. */
    private static final Duration BROKER_CONFIG_READ = Duration.ofSeconds(2);

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration VISIBILITY_POLL = Duration.ofMillis(50);

    private final Admin admin;
    private final Supplier<Set<Integer>> knownDown;
    private final TopicRequestValidator validator;

    public TopicService(Admin admin) {
        this(admin, Set::of);
    }

    /**
     * @param knownDown brokers the caller knows to be down (a local cluster's stopped or killed nodes): ZooKeeper
     *                  keeps listing a killed broker until its session ends, and Kafka would meanwhile elect it
     */
    public TopicService(Admin admin, Supplier<Set<Integer>> knownDown) {
        this.admin = admin;
        this.knownDown = knownDown;
        this.validator = new TopicRequestValidator(this::liveBrokers);
    }

    public void create(NewTopicRequest request) {
        validator.validate(request);
        NewTopic topic = request.hasAssignment()
                ? new NewTopic(request.name(), request.replicaAssignment())
                : new NewTopic(request.name(), request.partitions(), request.replicationFactor());
        topic.configs(request.configs());
        await(admin.createTopics(List.of(topic)).all(), "create topic " + request.name());
        awaitVisible(request.name(), request.partitions());
    }

    /**
     * The controller acknowledges a creation before every broker's metadata has it; a user who
     * creates and then describes or produces at once must not meet "no such topic".
     */
    private void awaitVisible(String name, int partitions) {
        long deadline = System.nanoTime() + VISIBILITY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).topicNameValues().get(name).get();
                if (description.partitions().size() == partitions
                        && description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw translate(e.getCause(), "describe topic " + name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdminException("interrupted while waiting for topic " + name, e);
            }
            LockSupport.parkNanos(VISIBILITY_POLL.toNanos());
        }
        throw new AdminException("topic " + name + " was created but its partitions have no leader after "
                + VISIBILITY_TIMEOUT.toSeconds() + " s; check the brokers with `brokerlab status`");
    }

    public void delete(String name) {
        TopicRequestValidator.validateName(name);
        TopicRequestValidator.refuseInternal(name, "delete topic " + name, "Kafka keeps the consumer groups' committed offsets or the"
                + " transactions' state in it and cannot work without it");
        await(admin.deleteTopics(List.of(name)).all(), "delete topic " + name);
    }

    /**
     * Sets and removes topic overrides in one incremental request, leaving other overrides as
     * they are; a removed key falls back to the broker's default.
     */
    public void alterConfigs(String name, Map<String, String> set, Set<String> remove) {
        TopicRequestValidator.validateAlteration(name, set, remove);
        List<AlterConfigOp> ops = new ArrayList<>();
        set.forEach((key, value) -> ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET)));
        remove.forEach(key -> ops.add(new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE)));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        await(admin.incrementalAlterConfigs(Map.of(resource, ops)).all(), "alter the configs of " + name);
    }

    /** Grows a topic to {@code totalPartitions}; Kafka cannot shrink one. */
    public void addPartitions(String name, int totalPartitions) {
        TopicRequestValidator.refuseInternal(name, "add partitions to " + name, "Kafka finds each consumer group's offsets (or each"
                + " transactional producer's state) in the partition its id hashes to, so more partitions would lose"
                + " track of them");
        int current = describeTopic(name).partitions().size();
        if (totalPartitions <= current) {
            throw new AdminException("topic " + name + " already has " + current + " partition(s); Kafka can only add"
                    + " partitions, so ask for more than " + current);
        }
        await(admin.createPartitions(Map.of(name, NewPartitions.increaseTo(totalPartitions))).all(),
                "add partitions to " + name);
    }

    /**
     * Makes each partition's first replica its leader again where it is live and in sync. A partition whose preferred
     * replica is down or behind cannot move, which is common during a failover: it is named with the reason and the
     * others still move.
     */
    public ElectionResult electPreferredLeaders(String name) {
        TopicDescription description = describeTopic(name);
        return elect(description, description.partitions().stream()
                .map(p -> new TopicPartition(name, p.partition()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * As {@link #electPreferredLeaders(String)}, for the given partitions only: the topic's other partitions keep
     * their leaders, even where those are not the preferred ones. Returns the partitions whose leader moved; one
     * that could not move fails the call, since it was asked for by name.
     */
    public List<Integer> electPreferredLeaders(String name, Set<Integer> partitions) {
        ElectionResult result = tryElectPreferredLeaders(name, partitions);
        result.notMoved().entrySet().stream().findFirst().ifPresent(failed -> {
            throw new AdminException("cannot elect the preferred leader of " + name + "-" + failed.getKey() + ": "
                    + failed.getValue());
        });
        return result.moved();
    }

    /**
     * As {@link #electPreferredLeaders(String)}, for the given partitions only: those that could not move are named
     * with the reason, as for the whole topic. The app leaves out partitions whose preferred replica it knows to be
     * down, which ZooKeeper still registers for a few seconds after a kill.
     */
    public ElectionResult tryElectPreferredLeaders(String name, Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            throw new AdminException("nothing to elect: name at least one partition of " + name);
        }
        TopicDescription description = describeTopic(name);
        int count = description.partitions().size();
        for (int partition : partitions) {
            if (partition < 0 || partition >= count) {
                throw new AdminException("topic " + name + " has no partition " + partition + " (it has " + count
                        + ")");
            }
        }
        return elect(description, partitions.stream().map(p -> new TopicPartition(name, p)).collect(Collectors.toSet()));
    }

    private ElectionResult elect(TopicDescription description, Set<TopicPartition> partitions) {
        String name = description.name();
        Set<Integer> live = liveBrokerIds();
        Map<Integer, String> notMoved = new TreeMap<>();
        Set<TopicPartition> electable = new HashSet<>();
        for (TopicPartition partition : partitions) {
            List<Node> replicas = description.partitions().get(partition.partition()).replicas();
            if (!replicas.isEmpty() && !live.contains(replicas.get(0).id())) {
                notMoved.put(partition.partition(), preferredReplicaDown(replicas.get(0).id()));
            } else {
                electable.add(partition);
            }
        }
        Map<TopicPartition, Optional<Throwable>> results = electable.isEmpty() ? Map.of()
                : await(admin.electLeaders(ElectionType.PREFERRED, electable).partitions(), "elect leaders of " + name);
        List<Integer> moved = new ArrayList<>();
        for (Map.Entry<TopicPartition, Optional<Throwable>> result : byPartition(results).entrySet()) {
            Optional<Throwable> error = result.getValue();
            int partition = result.getKey().partition();
            if (error.isEmpty()) {
                moved.add(partition);
            } else if (!(error.get() instanceof ElectionNotNeededException)) {
                notMoved.put(partition, whyNotElected(description.partitions().get(partition), error.get()));
            }
        }
        return new ElectionResult(moved, notMoved);
    }

    /** Why a partition whose preferred replica is on a broker that is down keeps its leader. */
    public static String preferredReplicaDown(int broker) {
        return "its preferred replica broker-" + broker + " is down; start it again, then elect";
    }

    /** Kafka says only "not available": the description says whether the (live) preferred replica is behind. */
    private static String whyNotElected(TopicPartitionInfo partition, Throwable error) {
        if (!partition.replicas().isEmpty()) {
            int preferred = partition.replicas().get(0).id();
            if (partition.isr().stream().noneMatch(n -> n.id() == preferred)) {
                return "its preferred replica broker-" + preferred + " is not in sync yet; elect once it has caught up";
            }
        }
        return translate(error, "elect").getMessage().replaceFirst("^cannot elect: ", "");
    }

    /**
     * Gives a partition a new replica list (its first broker becomes the preferred leader) and
     * waits until the cluster has finished moving the data. The same replicas in another order (how a leader is
     * moved) are taken even while one of them is down: Kafka rewrites the order at once, nothing has to catch up.
     */
    public void reassign(String name, int partition, List<Integer> replicas, Duration timeout) {
        TopicDescription description = describeTopic(name);
        if (partition < 0 || partition >= description.partitions().size()) {
            throw new AdminException("topic " + name + " has no partition " + partition + " (it has "
                    + description.partitions().size() + ")");
        }
        Set<Integer> live = liveBrokerIds();
        List<Integer> current = description.partitions().get(partition).replicas().stream().map(Node::id).toList();
        boolean reorder = replicas.size() == current.size() && Set.copyOf(current).equals(new HashSet<>(replicas));
        if (!reorder) {
            for (int broker : replicas) {
                if (current.contains(broker) && !live.contains(broker)) {
                    throw new AdminException(offlineReplica(name + "-" + partition, broker));
                }
            }
            TopicRequestValidator.validateReplicas("partition " + partition, replicas, live);
        }
        TopicPartition tp = new TopicPartition(name, partition);
        await(admin.alterPartitionReassignments(Map.of(tp, Optional.of(new NewPartitionReassignment(replicas)))).all(),
                "reassign " + tp);
        long deadline = System.nanoTime() + timeout.toNanos();
        // The Admin API has no completion callback for a reassignment: poll its progress.
        while (!await(admin.listPartitionReassignments(Set.of(tp)).reassignments(), "follow the reassignment of " + tp)
                .isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AdminException("the reassignment of " + tp + " is still running after " + timeout.toSeconds()
                        + " s; it goes on in the background");
            }
            pause(Duration.ofMillis(200));
        }
        // done in ZooKeeper, but a broker answering a describe (or a preferred election's caller reading it back) may
        // not have the new list yet: return once the metadata shows it
        while (!describeTopic(name).partitions().get(partition).replicas().stream().map(Node::id).toList()
                .equals(replicas)) {
            if (System.nanoTime() > deadline) {
                throw new AdminException("the reassignment of " + tp + " finished, but the brokers still describe its"
                        + " old replica list after " + timeout.toSeconds() + " s");
            }
            pause(Duration.ofMillis(100));
        }
    }

    /**
     * Why a new replica set that keeps a down broker is refused: Kafka completes a reassignment that adds or removes
     * replicas only once every replica of the new list is in sync, so it would stay pending until that broker is back.
     */
    static String offlineReplica(String partition, int broker) {
        return "broker-" + broker + ", a replica of " + partition + ", is down, and Kafka finishes a change of a"
                + " partition's replicas only once every replica it keeps is in sync, so this one would wait for"
                + " broker-" + broker + ". Start broker-" + broker + " again and retry, or leave it out of the list"
                + " (the same replicas in another order, as moving the leader does, are fine while it is down)";
    }

    /**
     * Unknown keys and invalid values, named with Kafka's own reason from its config definitions. No I/O: a form can
     * call it as the user types.
     */
    public static void validateConfigs(Map<String, String> overrides) {
        TopicRequestValidator.validateConfigs(overrides);
    }

    private Set<Integer> liveBrokerIds() {
        return liveBrokers().stream().map(Node::id).collect(Collectors.toSet());
    }

    private TopicDescription describeTopic(String name) {
        TopicRequestValidator.validateName(name);
        return await(admin.describeTopics(List.of(name)).topicNameValues().get(name), "describe topic " + name);
    }

    private static Map<TopicPartition, Optional<Throwable>> byPartition(Map<TopicPartition, Optional<Throwable>> results) {
        Map<TopicPartition, Optional<Throwable>> sorted = new TreeMap<>(Comparator.comparingInt(TopicPartition::partition));
        sorted.putAll(results);
        return sorted;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while waiting for the cluster", e);
        }
    }

    /** The brokers registered in ZooKeeper, less those the caller knows to be down. */
    public Collection<Node> liveBrokers() {
        Set<Integer> down = knownDown.get();
        return await(admin.describeCluster().nodes(), "describe the cluster").stream()
                .filter(node -> !down.contains(node.id())).toList();
    }

    public List<String> list() {
        List<String> names = new ArrayList<>(await(admin.listTopics().names(), "list topics"));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static final int OFFSETS_TIMEOUT_MS = 3_000;

    /**
     * Each partition's end offset: the offset its next message will get. Partitions without a reachable leader
     * are left out.
     */
    public Map<Integer, Long> endOffsets(String name) {
        Map<TopicPartition, OffsetSpec> latest = describeTopic(name).partitions().stream()
                .filter(p -> p.leader() != null && !p.leader().isEmpty())
                .collect(Collectors.toMap(p -> new TopicPartition(name, p.partition()), p -> OffsetSpec.latest()));
        // Short: a leader that was just killed holds the answer up until the admin timeout (a minute by default).
        ListOffsetsResult result = admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs(OFFSETS_TIMEOUT_MS));
        Map<Integer, Long> offsets = new TreeMap<>();
        for (TopicPartition partition : latest.keySet()) {
            try {
                offsets.put(partition.partition(), result.partitionResult(partition).get().offset());
            } catch (ExecutionException e) {
                // its leader is gone or unreachable right now: left out, like a partition without a leader
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdminException("interrupted while reading the end offsets of " + name, e);
            }
        }
        return offsets;
    }

    /**
     * Every topic's partitions in one request, without configs (a config read per topic is a request per topic, and
     * a list of topics shows none).
     */
    public List<TopicInfo> describePartitionsOfAll() {
        List<String> names = list();
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(names).allTopicNames(), "describe topics");
        return names.stream().filter(descriptions::containsKey).map(descriptions::get)
                .map(d -> new TopicInfo(d.name(), d.isInternal(), partitions(d), List.of())).toList();
    }

    /**
     * A broker setting as the running brokers have it (e.g. the min.insync.replicas a topic gets when it sets none);
     * empty without a live broker. Brokerlab writes the same value into every broker's file, so one broker answers.
     */
    public Optional<String> brokerConfig(String key) {
        // a broker killed a moment ago stays listed until its ZooKeeper session ends: each is asked briefly, so a
        // dialog that wants a default does not wait out the admin timeout on the dead one; none answering: unknown
        for (Node broker : liveBrokers().stream().sorted(Comparator.comparingInt(Node::id)).toList()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, String.valueOf(broker.id()));
            try {
                Config config = admin.describeConfigs(List.of(resource), new DescribeConfigsOptions()
                        .timeoutMs((int) BROKER_CONFIG_READ.toMillis())).values().get(resource).get();
                return Optional.ofNullable(config.get(key)).map(ConfigEntry::value);
            } catch (ExecutionException e) {
                // that broker did not answer in time: the next one may
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<PartitionInfo> partitions(TopicDescription description) {
        return description.partitions().stream()
                .map(p -> new PartitionInfo(p.partition(), p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id(),
                        p.replicas().stream().map(Node::id).toList(), p.isr().stream().map(Node::id).toList()))
                .toList();
    }

    public TopicInfo describe(String name) {
        TopicDescription description = describeTopic(name);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Map<ConfigResource, Config> configs = configsOfExistingTopic(resource);
        List<PartitionInfo> partitions = partitions(description);
        List<TopicConfigEntry> entries = configs.get(resource).entries().stream()
                .sorted(Comparator.comparing(ConfigEntry::name))
                .map(e -> new TopicConfigEntry(e.name(), e.value(), e.isDefault(), e.source().name()))
                .toList();
        return new TopicInfo(name, description.isInternal(), partitions, entries);
    }

    /**
     * The configs of a topic the cluster just described: a config request goes to any broker, and one that has not
     * had the metadata of a topic created a moment ago answers "no such topic"; it will know it shortly.
     */
    private Map<ConfigResource, Config> configsOfExistingTopic(ConfigResource resource) {
        long deadline = System.nanoTime() + VISIBILITY_TIMEOUT.toNanos();
        while (true) {
            try {
                return await(admin.describeConfigs(List.of(resource)).all(), "describe the configs of " + resource.name());
            } catch (AdminException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(VISIBILITY_POLL.toNanos());
            }
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
