package io.brokerlab.launcher.config;

import java.util.List;

/**
 * What is known about one configuration key of a node's properties file (see {@link ConfigCatalog}).
 *
 * @param type         Kafka's type name in lower case (int, long, boolean, string, list, class, password...)
 * @param defaultValue the default as text, or null when the key has none
 * @param validValues  the validator's description (e.g. "[1,...]"), or empty
 * @param choices      every value the key accepts when that set is finite (both booleans included), else empty;
 *                     for a {@code list} key, any comma-separated selection of them
 * @param updateMode   how a running broker takes a change: "read-only" (restart), "per-broker" or "cluster-wide"
 *                     (dynamic); empty where the software does not say
 */
public record ConfigInfo(String key, String documentation, String type, String defaultValue, String validValues,
                         List<String> choices, String importance, String updateMode) {

    public ConfigInfo {
        choices = List.copyOf(choices);
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
        if (updateMode != null && !updateMode.isBlank()) {
            text.append(" · Update mode: ").append(updateMode);
        }
        return text.toString();
    }
}
