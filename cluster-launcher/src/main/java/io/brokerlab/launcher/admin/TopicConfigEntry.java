package io.brokerlab.launcher.admin;

/** A topic config value, whether it is Kafka's default, and where its value comes from (Kafka's config source). */
public record TopicConfigEntry(String name, String value, boolean isDefault, String source) {

    /**
     * Set on this topic itself: only such a value can be removed from the topic. A value from a broker's file or a
     * broker-wide dynamic config is not Kafka's default either, but deleting it from the topic changes nothing.
     */
    public boolean isOverride() {
        return "DYNAMIC_TOPIC_CONFIG".equals(source);
    }
}
