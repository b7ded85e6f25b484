package io.brokerlab.launcher.admin;

/** A topic config value and whether it is the broker's default or a topic override. */
public record TopicConfigEntry(String name, String value, boolean isDefault, String source) {
}
