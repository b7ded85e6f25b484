package io.brokerlab.app.properties;

/**
 * What is known about one configuration key: from Kafka's own {@code ConfigDef} for brokers, from a short
 * hand-written list for ZooKeeper (which has no machine-readable definitions).
 *
 * @param defaultValue the default as text, or null when the key has none
 * @param validValues  the validator's description (e.g. "[1,...]"), or empty
 */
public record ConfigInfo(String key, String documentation, String type, String defaultValue, String validValues,
                         String importance) {

    public static ConfigInfo unknown(String key) {
        return new ConfigInfo(key, "Not a key this node's software knows; it is probably ignored.", "?", null, "", "");
    }

    /** Documentation, type, default and valid values, as one paragraph for a tooltip or description. */
    public String describe() {
        StringBuilder text = new StringBuilder(documentation == null ? "" : documentation.strip());
        text.append("\n\nType: ").append(type);
        text.append(" · Default: ").append(defaultValue == null ? "(none)" : defaultValue.isEmpty() ? "\"\"" : defaultValue);
        if (validValues != null && !validValues.isBlank()) {
            text.append(" · Valid values: ").append(validValues);
        }
        if (importance != null && !importance.isBlank()) {
            text.append(" · Importance: ").append(importance);
        }
        return text.toString();
    }
}
