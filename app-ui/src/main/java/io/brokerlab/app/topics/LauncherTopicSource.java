package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link TopicSource} over the launcher's {@link TopicService}; the admin client is made on first use. */
public final class LauncherTopicSource implements TopicSource, AutoCloseable {

    private final String bootstrapServers;
    private TopicService service;

    public LauncherTopicSource(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private synchronized TopicService service() {
        if (service == null) {
            service = new TopicService(KafkaClients.admin(bootstrapServers));
        }
        return service;
    }

    @Override
    public List<TopicInfo> describeAll() {
        TopicService topics = service();
        List<TopicInfo> result = new ArrayList<>();
        for (String name : topics.list()) {
            result.add(topics.describe(name));
        }
        return result;
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
    public List<Integer> electPreferredLeaders(String name) {
        return service().electPreferredLeaders(name);
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
        if (service != null) {
            service.close();
            service = null;
        }
    }
}
