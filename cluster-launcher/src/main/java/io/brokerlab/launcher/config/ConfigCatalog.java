package io.brokerlab.launcher.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Every known key of a node kind with its documentation, sorted by key: for brokers from Kafka's own definitions
 * ({@code KafkaConfig.configDef()}, their HTML documentation as plain text), for ZooKeeper from
 * {@link ZooKeeperKeys}. Built on first use (a second or so for brokers, so not on the FX thread), then immutable
 * and safe on any thread.
 */
public final class ConfigCatalog {

    private final NodeKind kind;
    private final Map<String, ConfigInfo> keys;

    private ConfigCatalog(NodeKind kind, Map<String, ConfigInfo> keys) {
        this.kind = kind;
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static ConfigCatalog of(NodeKind kind) {
        return kind == NodeKind.BROKER ? BrokerHolder.CATALOG : ZooKeeperHolder.CATALOG;
    }

    /** Also answers for keys that are not fixed names (ZooKeeper's server.N, authProvider.x...) and for unknown keys. */
    public ConfigInfo info(String key) {
        ConfigInfo info = keys.get(key);
        if (info != null) {
            return info;
        }
        if (kind == NodeKind.ZOOKEEPER) {
            ConfigInfo pattern = ZooKeeperKeys.pattern(key);
            if (pattern != null) {
                return pattern;
            }
        }
        ConfigInfo perListener = kind == NodeKind.BROKER ? perListener(key) : null;
        return perListener != null ? perListener
                : new ConfigInfo(key, unknownDocumentation(key), "?", null, null, "", List.of(), "", "");
    }

    /**
     * Kafka's per-listener overrides, {@code listener.name.<listener>.<key>} and for SASL
     * {@code listener.name.<listener>.<mechanism>.<key>}: typed as the key they override, so that a keystore
     * password or a JAAS config given per listener is a secret like the key itself.
     */
    private ConfigInfo perListener(String key) {
        String prefix = "listener.name.";
        int end = key.indexOf('.', prefix.length());
        if (!key.startsWith(prefix) || end < 0) {
            return null;
        }
        String listener = key.substring(prefix.length(), end);
        String rest = key.substring(end + 1);
        int mechanism = rest.indexOf('.');
        ConfigInfo base = keys.containsKey(rest) || mechanism < 0 ? keys.get(rest) : keys.get(rest.substring(mechanism + 1));
        if (base == null) {
            return null;
        }
        return new ConfigInfo(key, "For the listener " + listener.toUpperCase(Locale.ROOT) + " only, instead of "
                + base.key() + ". " + base.documentation(), base.type(), null, base.key() + " applies",
                base.validValues(), base.choices(), base.importance(), base.updateMode());
    }

    private String unknownDocumentation(String key) {
        if (kind == NodeKind.BROKER) {
            return ConfigValidator.PASSED_ON_PREFIXES.stream().anyMatch(key::startsWith)
                    ? "Passed on to a listener or plugin, which reads it; Kafka's own definitions do not list it."
                    : "Not a key Kafka knows; it ignores it (misspelt?).";
        }
        return "Not in Brokerlab's list of ZooKeeper keys. ZooKeeper hands keys it does not parse itself on as the"
                + " system property zookeeper." + key + ": honoured if some part of ZooKeeper reads that property,"
                + " else ignored.";
    }

    public Map<String, ConfigInfo> keys() {
        return keys;
    }

    private static ConfigCatalog broker() {
        Map<String, String> dynamic = KafkaRules.dynamicUpdateModes();
        Map<String, ConfigInfo> keys = new TreeMap<>();
        for (ConfigDef.ConfigKey key : KafkaRules.configDef().configKeys().values()) {
            keys.put(key.name, new ConfigInfo(key.name, HtmlText.toPlain(key.documentation),
                    key.type.name().toLowerCase(Locale.ROOT),
                    key.hasDefault() ? ConfigDef.convertToString(key.defaultValue, key.type) : null, null,
                    key.validator == null ? "" : key.validator.toString(), choices(key),
                    key.importance == null ? "" : key.importance.name().toLowerCase(Locale.ROOT),
                    dynamic.getOrDefault(key.name, ConfigInfo.READ_ONLY)));
        }
        return new ConfigCatalog(NodeKind.BROKER, keys);
    }

    /**
     * The validators of a finite set keep it in package-private fields; their {@code toString}, which Kafka's own
     * documentation prints, lists it as {@code [a, b, c]} (with a prefix for the case-insensitive one).
     */
    static List<String> choices(ConfigDef.ConfigKey key) {
        if (key.type == ConfigDef.Type.BOOLEAN) {
            return List.of("true", "false");
        }
        if (!(key.validator instanceof ConfigDef.ValidString || key.validator instanceof ConfigDef.ValidList
                || key.validator instanceof ConfigDef.CaseInsensitiveValidString)) {
            return List.of();
        }
        String text = key.validator.toString();
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        if (open < 0 || close <= open + 1) {
            return List.of();
        }
        return Arrays.stream(text.substring(open + 1, close).split(",")).map(String::strip).toList();
    }

    /** Holders make the first {@link #of} build its catalog exactly once, without locking later calls. */
    private static final class BrokerHolder {
        static final ConfigCatalog CATALOG = broker();
    }

    private static final class ZooKeeperHolder {
        static final ConfigCatalog CATALOG = new ConfigCatalog(NodeKind.ZOOKEEPER, ZooKeeperKeys.all());
    }
}
