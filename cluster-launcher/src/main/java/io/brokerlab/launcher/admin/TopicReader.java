package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;
import static io.brokerlab.launcher.admin.KafkaErrors.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the cluster says about its topics and brokers: descriptions, end offsets, broker settings, and which brokers
 * are live. Blocking calls.
 */
final class TopicReader {

    /** How long one broker may take to tell a config default before the next is asked. */
    private static final Duration BROKER_CONFIG_READ = Duration.ofSeconds(2);

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration VISIBILITY_POLL = Duration.ofMillis(50);

    private static final int OFFSETS_TIMEOUT_MS = 3_000;

    private final Admin admin;
    private final Supplier<Set<Integer>> knownDown;

    TopicReader(Admin admin, Supplier<Set<Integer>> knownDown) {
        this.admin = admin;
        this.knownDown = knownDown;
    }

    Collection<Node> liveBrokers() {
        Set<Integer> down = knownDown.get();
        return await(admin.describeCluster().nodes(), "describe the cluster").stream()
                .filter(node -> !down.contains(node.id())).toList();
    }

    Set<Integer> liveBrokerIds() {
        return liveBrokers().stream().map(Node::id).collect(Collectors.toSet());
    }

    TopicDescription describeTopic(String name) {
        TopicRequestValidator.validateName(name);
        return await(admin.describeTopics(List.of(name)).topicNameValues().get(name), "describe topic " + name);
    }

    /**
     * The controller acknowledges a creation before every broker's metadata has it; a user who
     * creates and then describes or produces at once must not meet "no such topic".
     */
    void awaitVisible(String name, int partitions) {
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

    List<String> list() {
        List<String> names = new ArrayList<>(await(admin.listTopics().names(), "list topics"));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    Map<Integer, Long> endOffsets(String name) {
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

    List<TopicInfo> describePartitionsOfAll() {
        List<String> names = list();
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(names).allTopicNames(), "describe topics");
        return names.stream().filter(descriptions::containsKey).map(descriptions::get)
                .map(d -> new TopicInfo(d.name(), d.isInternal(), partitions(d), List.of())).toList();
    }

    Optional<String> brokerConfig(String key) {
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

    TopicInfo describe(String name) {
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

    private static List<PartitionInfo> partitions(TopicDescription description) {
        return description.partitions().stream()
                .map(p -> new PartitionInfo(p.partition(), p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id(),
                        p.replicas().stream().map(Node::id).toList(), p.isr().stream().map(Node::id).toList()))
                .toList();
    }
}
