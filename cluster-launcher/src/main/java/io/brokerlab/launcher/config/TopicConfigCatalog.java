package io.brokerlab.launcher.config;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.storage.internals.log.LogConfig;

/**
 * Every topic-level config key from Kafka's own definitions ({@code LogConfig}), with its documentation as plain
 * text, type, default and valid values, sorted by key; and a value checked the way a broker checks it. Built on
 * first use (Kafka's definitions load a moment, so not on the FX thread), then immutable and safe on any thread.
 */
public final class TopicConfigCatalog {

    private final Map<String, ConfigInfo> keys;
    private final ConfigDef definitions;

    private TopicConfigCatalog() {
        definitions = LogConfig.configDefCopy();
        Map<String, ConfigInfo> all = new TreeMap<>();
        for (ConfigDef.ConfigKey key : LogConfig.configKeys().values()) {
            all.put(key.name, new ConfigInfo(key.name, HtmlText.toPlain(key.documentation),
                    key.type.name().toLowerCase(Locale.ROOT),
                    key.hasDefault() ? ConfigDef.convertToString(key.defaultValue, key.type) : null, null,
                    key.validator == null ? "" : key.validator.toString(), ConfigCatalog.choices(key),
                    key.importance == null ? "" : key.importance.name().toLowerCase(Locale.ROOT), ""));
        }
        keys = Collections.unmodifiableMap(all);
    }

    public static TopicConfigCatalog get() {
        return Holder.CATALOG;
    }

    public Map<String, ConfigInfo> keys() {
        return keys;
    }

    /** The broker key whose value a topic without its own takes (retention.ms from log.retention.ms...). */
    public Optional<String> brokerKey(String key) {
        return LogConfig.serverConfigName(key);
    }

    /**
     * Why Kafka would refuse {@code value} for {@code key} (unknown key, wrong type, out of range, not one of the
     * valid values), in Kafka's words; empty when it takes it. No I/O, so a form can call it as the user types.
     */
    public Optional<String> problem(String key, String value) {
        return problem(Map.of(key, value));
    }

    /** As {@link #problem(String, String)} for several values together, which Kafka also checks against each other. */
    public Optional<String> problem(Map<String, String> values) {
        Properties configs = new Properties();
        configs.putAll(values);
        try {
            LogConfig.validateNames(configs);
            LogConfig.validateValues(definitions.parse(configs));
            return Optional.empty();
        } catch (ConfigException | InvalidConfigurationException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static final class Holder {
        static final TopicConfigCatalog CATALOG = new TopicConfigCatalog();
    }
}
