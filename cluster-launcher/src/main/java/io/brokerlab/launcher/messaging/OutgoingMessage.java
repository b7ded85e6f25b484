package io.brokerlab.launcher.messaging;

import java.util.List;
import java.util.Map;

/**
 * One message to send: text key and value (UTF-8; a null value is a tombstone), headers in record order (a key may
 * repeat), and a partition, or null to let Kafka's default partitioner choose (by key hash, or sticky batches without
 * a key).
 */
public record OutgoingMessage(String topic, Integer partition, String key, String value, List<MessageHeader> headers) {

    public OutgoingMessage {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a message needs a topic");
        }
        if (partition != null && partition < 0) {
            throw new IllegalArgumentException("partition must be 0 or more, not " + partition);
        }
        headers = List.copyOf(headers);
    }

    /** Headers with distinct keys, in the map's order. */
    public OutgoingMessage(String topic, Integer partition, String key, String value, Map<String, String> headers) {
        this(topic, partition, key, value, headers.entrySet().stream()
                .map(header -> new MessageHeader(header.getKey(), header.getValue())).toList());
    }

    public static OutgoingMessage of(String topic, String key, String value) {
        return new OutgoingMessage(topic, null, key, value, List.of());
    }
}
