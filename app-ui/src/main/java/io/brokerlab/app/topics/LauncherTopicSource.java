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
    private org.apache.kafka.clients.admin.Admin admin;

    public LauncherTopicSource(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private synchronized TopicService service() {
        if (service == null) {
            admin = KafkaClients.admin(bootstrapServers);
            service = new TopicService(admin);
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
        TopicService topics = service();
        try {
            topics.create(request);
        } catch (NullPointerException e) {
            if (!fromLogConfigValidation(e)) {
                throw e;
            }
            createDirectly(request);
        }
    }

    /**
     * Stopgap: TopicService.validate in this launcher version hands unparsed configs to
     * LogConfig.validateValues, which then throws NullPointerException for every request (fixed on the admin
     * branch, not merged yet). The dialog has already checked the request, so create it with the same Admin.
     * Remove once the launcher fix lands: the launcher path above is tried first and will simply succeed.
     */
    private void createDirectly(NewTopicRequest request) {
        org.apache.kafka.clients.admin.NewTopic topic = new org.apache.kafka.clients.admin.NewTopic(request.name(),
                request.partitions(), request.replicationFactor()).configs(request.configs());
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + request.name(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + request.name() + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static boolean fromLogConfigValidation(NullPointerException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().endsWith("LogConfig") && frame.getMethodName().equals("validateValues")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            service.close();
            service = null;
            admin = null;
        }
    }
}
