package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.ElectionResult;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link TopicSource} over the launcher's {@link TopicService}; the admin client is made on first use, never after close. */
public final class LauncherTopicSource implements TopicSource, AutoCloseable {

    private final String bootstrapServers;
    private TopicService service;
    /** A call still running when the cluster stopped being shown must not open a client nobody closes. */
    private boolean closed;

    public LauncherTopicSource(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private synchronized TopicService service() {
        if (closed) {
            throw new IllegalStateException("this cluster is no longer shown");
        }
        if (service == null) {
            service = new TopicService(KafkaClients.admin(bootstrapServers));
        }
        return service;
    }

    @Override
    public List<TopicInfo> describeAll() {
        return service().describePartitionsOfAll();
    }

    @Override
    public Optional<String> brokerConfig(String key) {
        return service().brokerConfig(key);
    }

    @Override
    public void create(NewTopicRequest request) {
        service().create(request);
    }

    @Override
    public TopicInfo describe(String name) {
        return service().describe(name);
    }

    @Override
    public void delete(String name) {
        service().delete(name);
    }

    @Override
    public void addPartitions(String name, int totalPartitions) {
        service().addPartitions(name, totalPartitions);
    }

    @Override
    public void alterConfigs(String name, Map<String, String> set, Set<String> remove) {
        service().alterConfigs(name, set, remove);
    }

    @Override
    public Map<Integer, Long> endOffsets(String name) {
        return service().endOffsets(name);
    }

    @Override
    public ElectionResult tryElectPreferredLeaders(String name, Set<Integer> partitions) {
        return service().tryElectPreferredLeaders(name, partitions);
    }

    @Override
    public List<Integer> electPreferredLeaders(String name, Set<Integer> partitions) {
        return service().electPreferredLeaders(name, partitions);
    }

    @Override
    public void reassign(String name, int partition, List<Integer> replicas, Duration timeout) {
        service().reassign(name, partition, replicas, timeout);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (service != null) {
            service.close();
            service = null;
        }
    }
}
