package io.brokerlab.launcher.admin;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Kafka client settings shared by the launcher's admin, producer and consumer. */
public final class KafkaClients {

    private KafkaClients() {
    }

    public static Properties base(String bootstrapServers) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "brokerlab");
        return props;
    }

    /** Bounded timeouts: a lab command must fail with a reason, not hang. */
    public static Admin admin(String bootstrapServers) {
        Properties props = base(bootstrapServers);
        props.putAll(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 3_000));
        return Admin.create(props);
    }
}
