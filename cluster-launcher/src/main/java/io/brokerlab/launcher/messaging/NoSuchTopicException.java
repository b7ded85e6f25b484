package io.brokerlab.launcher.messaging;

/** A tail asked for a topic the cluster does not have (the tail never creates one). */
public final class NoSuchTopicException extends IllegalArgumentException {

    private final String topic;

    public NoSuchTopicException(String topic) {
        super("no such topic: " + topic);
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }
}
