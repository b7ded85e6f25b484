package io.brokerlab.launcher.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;

/**
 * One consumed message. It keeps the bytes and renders them only when asked ({@link #key},
 * {@link #value}, {@link #headers}), so a fast tail into a bounded buffer decodes just what is
 * shown. Keys and header values render as UTF-8 text (hex in {@link ValueFormat#HEX}), the value
 * in the tail's format. The arrays are the consumer's own: treat them as read-only.
 */
public record TailedMessage(String topic, int partition, long offset, long timestamp, byte[] keyBytes,
                            byte[] valueBytes, Header[] rawHeaders, ValueFormat format) {

    private static final Header[] NO_HEADERS = new Header[0];

    public TailedMessage {
        rawHeaders = rawHeaders == null ? NO_HEADERS : rawHeaders;
        format = format == null ? ValueFormat.TEXT : format;
    }

    /** A text message, for callers that have no Kafka record (tests, the app's samples). */
    public static TailedMessage ofText(String topic, int partition, long offset, long timestamp, String key, String value) {
        return new TailedMessage(topic, partition, offset, timestamp, bytes(key), bytes(value), NO_HEADERS,
                ValueFormat.TEXT);
    }

    public String key() {
        return format == ValueFormat.HEX ? ValueFormat.HEX.render(keyBytes) : ValueFormat.TEXT.render(keyBytes);
    }

    public String value() {
        return format.render(valueBytes);
    }

    /** Header values as UTF-8 text, in record order (a repeated key keeps its last value). */
    public Map<String, String> headers() {
        if (rawHeaders.length == 0) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : rawHeaders) {
            headers.put(header.key(), ValueFormat.TEXT.render(header.value()));
        }
        return Collections.unmodifiableMap(headers);
    }

    /** Every header, in record order, a repeated key as often as it came; a null header value stays null. */
    public List<MessageHeader> headerList() {
        List<MessageHeader> headers = new ArrayList<>(rawHeaders.length);
        for (Header header : rawHeaders) {
            headers.add(new MessageHeader(header.key(), ValueFormat.TEXT.render(header.value())));
        }
        return headers;
    }

    /** The value's length in bytes, -1 for a null value (a tombstone). */
    public int valueSize() {
        return valueBytes == null ? -1 : valueBytes.length;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
