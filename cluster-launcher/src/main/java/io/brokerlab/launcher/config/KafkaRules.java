package io.brokerlab.launcher.config;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import kafka.server.DynamicBrokerConfig$;
import kafka.server.KafkaConfig$;
import org.apache.kafka.common.config.ConfigDef;

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
