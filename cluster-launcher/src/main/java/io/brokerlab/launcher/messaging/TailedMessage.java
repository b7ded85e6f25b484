package io.brokerlab.launcher.messaging;

import java.util.Map;

/** One consumed message, decoded as UTF-8 text (binary shown by the caller's chosen format). */
public record TailedMessage(String topic, int partition, long offset, long timestamp, String key, String value,
                            Map<String, String> headers) {

    public TailedMessage {
        headers = Map.copyOf(headers);
    }
}
