package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the topics views need from a cluster; blocking, so called on background threads only. Today it wraps the
 * launcher's {@code TopicService}; an event-driven cluster state watcher can implement it later.
 */
public interface TopicSource {

    /** Every topic's partitions, without configs (nothing shows a list of topics' configs). */
    List<TopicInfo> describeAll();

    /** A setting of the running brokers, e.g. the min.insync.replicas a topic without its own gets. */
    Optional<String> brokerConfig(String key);

    void create(NewTopicRequest request);

    /** One topic with its configs (the state watcher does not read configs). */
    TopicInfo describe(String name);

    void delete(String name);

    void addPartitions(String name, int totalPartitions);

    void alterConfigs(String name, Map<String, String> set, Set<String> remove);

    /** End offset by partition; partitions without a leader are missing. */
    Map<Integer, Long> endOffsets(String name);

    /**
     * Of the given partitions, those whose leader moved, and those that could not move (their preferred replica down
     * or behind) and why.
     */
    ElectionResult tryElectPreferredLeaders(String name, Set<Integer> partitions);

    /** Only the given partitions, the topic's others keep their leaders; the partitions whose leader moved. */
    List<Integer> electPreferredLeaders(String name, Set<Integer> partitions);

    /** Waits up to {@code timeout} for the reassignment to finish. */
    void reassign(String name, int partition, List<Integer> replicas, Duration timeout);
}
