package io.brokerlab.launcher.messaging;

import java.util.Map;

/**
 * One consumed message; key and header values as UTF-8 text, the value rendered in the tail's
 * {@link ValueFormat}. {@code valueSize} is the value's length in bytes (-1 for null).
 */
public record TailedMessage(String topic, int partition, long offset, long timestamp, String key, String value,
                            Map<String, String> headers, int valueSize) {

    public TailedMessage {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
