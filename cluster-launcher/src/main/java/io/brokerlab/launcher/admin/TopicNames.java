package io.brokerlab.launcher.admin;

import java.util.Optional;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;

/**
 * Kafka's own topic name rules, for callers that check a name as the user types it without depending on Kafka
 * themselves. Any thread.
 */
public final class TopicNames {

    private TopicNames() {
    }

    /** Why Kafka would refuse {@code name} (empty, too long, a character it does not allow, "." or ".."), or empty. */
    public static Optional<String> problem(String name) {
        try {
            Topic.validate(name);
            return Optional.empty();
        } catch (InvalidTopicException e) {
            return Optional.of(e.getMessage());
        }
    }
}
