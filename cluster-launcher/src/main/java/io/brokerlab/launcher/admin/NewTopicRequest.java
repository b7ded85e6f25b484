package io.brokerlab.launcher.admin;

import java.util.Map;

/** What a user asks for when creating a topic; validated by {@link TopicService} before sending. */
public record NewTopicRequest(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public NewTopicRequest {
        configs = Map.copyOf(configs);
    }
}
