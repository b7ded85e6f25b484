package io.brokerlab.launcher.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.storage.internals.log.LogConfig;

/**
 * Topic administration over Kafka's Admin API. Requests are checked with Kafka's own rules
 * before they are sent, so a user reads the reason instead of a broker error code. Calls block
 * the calling thread; the app runs them on a background executor.
 */
public final class TopicService implements AutoCloseable {

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration VISIBILITY_POLL = Duration.ofMillis(50);

    private final Admin admin;

    public TopicService(Admin admin) {
        this.admin = admin;
    }

    public void create(NewTopicRequest request) {
        validate(request);
        NewTopic topic = new NewTopic(request.name(), request.partitions(), request.replicationFactor())
                .configs(request.configs());
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

    void validate(NewTopicRequest request) {
        try {
            Topic.validate(request.name());
        } catch (InvalidTopicException e) {
            throw new AdminException("invalid topic name: " + e.getMessage());
        }
        if (request.partitions() < 1) {
            throw new AdminException("a topic needs at least 1 partition");
        }
        if (request.replicationFactor() < 1) {
            throw new AdminException("the replication factor must be at least 1");
        }
        int liveBrokers = liveBrokers().size();
        if (request.replicationFactor() > liveBrokers) {
            throw new AdminException("replication factor " + request.replicationFactor()
                    + " is larger than the number of live brokers (" + liveBrokers + ")");
        }
        validateConfigs(request.configs());
    }

    /** Kafka's own topic config definitions: unknown keys and bad values, named with the reason. */
    static void validateConfigs(Map<String, String> requested) {
        Properties configs = new Properties();
        configs.putAll(requested);
        try {
            LogConfig.validateNames(configs);
            LogConfig.validate(configs);
        } catch (ConfigException | InvalidTopicException | InvalidConfigurationException e) {
            throw new AdminException("invalid topic config: " + e.getMessage());
        }
    }

    public Collection<Node> liveBrokers() {
        return await(admin.describeCluster().nodes(), "describe the cluster");
    }

    public List<String> list() {
        List<String> names = new ArrayList<>(await(admin.listTopics().names(), "list topics"));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public TopicInfo describe(String name) {
        TopicDescription description = await(admin.describeTopics(List.of(name)).topicNameValues().get(name),
                "describe topic " + name);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(List.of(resource)).all(),
                "describe the configs of " + name);
        List<PartitionInfo> partitions = description.partitions().stream()
                .map(p -> new PartitionInfo(p.partition(), p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id(),
                        p.replicas().stream().map(Node::id).toList(), p.isr().stream().map(Node::id).toList()))
                .toList();
        List<TopicConfigEntry> entries = configs.get(resource).entries().stream()
                .sorted(Comparator.comparing(ConfigEntry::name))
                .map(e -> new TopicConfigEntry(e.name(), e.value(), e.isDefault(), e.source().name()))
                .toList();
        return new TopicInfo(name, description.isInternal(), partitions, entries);
    }

    /** Waits for a Kafka future and turns its failure into a sentence. */
    static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while trying to " + what, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), what);
        }
    }

    static AdminException translate(Throwable cause, String what) {
        if (cause instanceof TopicExistsException) {
            return new AdminException("cannot " + what + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof UnknownTopicOrPartitionException) {
            return new AdminException("cannot " + what + ": no such topic", cause);
        }
        if (cause instanceof TimeoutException) {
            return new AdminException("cannot " + what + ": the cluster did not answer in time (is a broker and"
                    + " ZooKeeper with quorum running?); a topic being created may still appear once it answers", cause);
        }
        return new AdminException("cannot " + what + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() {
        admin.close();
    }
}
