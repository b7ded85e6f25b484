package io.brokerlab.launcher.config;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import kafka.server.DynamicBrokerConfig$;
import kafka.server.KafkaConfig$;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Access to Kafka's broker configuration rules. Through the Scala companion object because the class
 * {@code kafka.server.KafkaConfig} extends a kafka-server type that is only on the runtime classpath, and javac
 * refuses to call static methods on a class whose superclass it cannot see.
 */
final class KafkaRules {

    private KafkaRules() {
    }

    /** Throws Kafka's own exception (mostly ConfigException) for the first invalid setting. */
    static void parse(Properties properties) {
        KafkaConfig$.MODULE$.fromProps(properties, false);
    }

    /**
     * Checks one value as Kafka's definition of its key would (the key's type, then its validator), whatever the
     * rest of the file says: Kafka stops at the first invalid key of a file, this finds each. Empty for a valid
     * value and for a key Kafka does not define.
     */
    static Optional<ConfigException> check(String key, String value) {
        ConfigDef.ConfigKey definition = configDef().configKeys().get(key);
        if (definition == null) {
            return Optional.empty();
        }
        try {
            Object parsed = ConfigDef.parseType(key, value, definition.type);
            if (definition.validator != null) {
                definition.validator.ensureValid(key, parsed);
            }
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e);
        }
    }

    /** Kafka's default for every key that has one (a key without a default maps to null). */
    static Map<String, Object> defaults() {
        return configDef().defaultValues();
    }

    static Set<String> knownKeys() {
        return configDef().names();
    }

    static ConfigDef configDef() {
        return KafkaConfig$.MODULE$.configDef();
    }

    /** "per-broker" or "cluster-wide" for keys a running broker takes without a restart; others are absent. */
    static Map<String, String> dynamicUpdateModes() {
        return DynamicBrokerConfig$.MODULE$.dynamicConfigUpdateModes();
    }
}
