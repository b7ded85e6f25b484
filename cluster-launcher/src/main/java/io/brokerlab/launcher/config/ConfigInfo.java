package io.brokerlab.launcher.config;

import java.util.List;

/**
 * What is known about one configuration key of a node's properties file (see {@link ConfigCatalog}).
 *
 * @param type         Kafka's type name in lower case (int, long, boolean, string, list, class, password...)
 * @param defaultValue the default as a value the key could be set to, or null when the key has none or when it
 *                     depends on other settings (then {@code defaultNote} says what it is)
 * @param defaultNote  a default that is not a fixed value, in words ("2 × tickTime"), or null; never compared
 *                     with a value
 * @param validValues  the validator's description (e.g. "[1,...]"), or empty
 * @param choices      every value the key accepts when that set is finite (both booleans included), else empty;
 *                     for a {@code list} key, any comma-separated selection of them
 * @param updateMode   how a running node takes a change: "read-only" (restart), "per-broker" or "cluster-wide"
 *                     (Kafka can change it on a running broker); empty where the software does not say
 */
public record ConfigInfo(String key, String documentation, String type, String defaultValue, String defaultNote,
                         String validValues, List<String> choices, String importance, String updateMode) {

    public static final String READ_ONLY = "read-only";

    public ConfigInfo {
        choices = List.copyOf(choices);
    }

    /** The default as a person reads it: the value, the note of a derived default, or "(none)". */
    public String defaultText() {
        if (defaultValue != null) {
            return defaultValue.isEmpty() ? "\"\"" : defaultValue;
        }
        return defaultNote != null ? defaultNote : "(none)";
    }

    /** Whether anything applies when the key is not set: a fixed default or one derived from other keys. */
    public boolean hasDefault() {
        return defaultValue != null || defaultNote != null;
    }

    /** A secret (a password): not to be shown or logged in clear. */
    public boolean sensitive() {
        return "password".equals(type);
    }

    /** Whether and how a change reaches a running node, in words. */
    public String updateDescription() {
        if (updateMode == null || updateMode.isBlank()) {
            return "Not known whether a running node takes a change; restart it to be sure.";
        }
        if (READ_ONLY.equals(updateMode)) {
            return "Read at start: a change applies when the node restarts.";
        }
        return "Dynamic (" + updateMode + "): Kafka can change it on a running broker through its admin API;"
                + " a change in this file applies when the broker restarts.";
    }

    /** Documentation, type, default and valid values, as one paragraph for a tooltip or description. */
    public String describe() {
        StringBuilder text = new StringBuilder(documentation == null ? "" : documentation.strip());
        text.append("\n\nType: ").append(type);
        text.append(" · Default: ").append(defaultText());
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
