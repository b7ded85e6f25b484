package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import java.util.ArrayList;
import java.util.List;

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
    public synchronized void close() {
        if (service != null) {
            service.close();
            service = null;
        }
    }
}
