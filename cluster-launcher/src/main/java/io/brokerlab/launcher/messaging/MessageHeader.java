package io.brokerlab.launcher.messaging;

/** One record header as text (UTF-8). A record may carry the same key more than once; each is its own header. */
public record MessageHeader(String key, String value) {

    public MessageHeader {
        // Kafka takes an empty key, so a tailed record may have one; only null is refused, as Kafka refuses it
        if (key == null) {
            throw new IllegalArgumentException("a header needs a key");
        }
    }
}
