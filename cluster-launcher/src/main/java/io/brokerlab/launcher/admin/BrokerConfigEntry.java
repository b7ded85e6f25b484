package io.brokerlab.launcher.admin;

/**
 * One config of a running broker as the broker reports it.
 *
 * @param value     null for a sensitive value (Kafka never sends it) or a key without a value
 * @param source    where the value comes from, in Kafka's words: STATIC_BROKER_CONFIG (server.properties),
 *                  DYNAMIC_BROKER_CONFIG, DYNAMIC_DEFAULT_BROKER_CONFIG, DEFAULT_CONFIG...
 * @param readOnly  true when only a restart with a new server.properties can change it
 */
public record BrokerConfigEntry(String name, String value, String source, boolean readOnly, boolean sensitive) {
}
