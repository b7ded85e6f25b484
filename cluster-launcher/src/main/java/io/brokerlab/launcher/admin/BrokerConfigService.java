package io.brokerlab.launcher.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The configs of a running broker over the Admin API: what it runs with, and the dynamic ones changed without a
 * restart. For a cluster whose server.properties files are not on this machine. Blocking calls.
 */
public final class BrokerConfigService implements AutoCloseable {

    private final Admin admin;

    /** Takes ownership of {@code admin}. */
    public BrokerConfigService(Admin admin) {
        this.admin = admin;
    }

    /** Every config of broker {@code id}, by name. */
    public List<BrokerConfigEntry> describe(int id) {
        Config config = read(admin, id);
        List<BrokerConfigEntry> entries = new ArrayList<>();
        for (ConfigEntry e : config.entries()) {
            entries.add(new BrokerConfigEntry(e.name(), e.value(), e.source().name(), e.isReadOnly(), e.isSensitive()));
        }
        entries.sort(Comparator.comparing(BrokerConfigEntry::name));
        return entries;
    }

    /** The configs broker {@code id} reports, through any admin client. */
    static Config read(Admin admin, int id) {
        ConfigResource broker = resource(id);
        return KafkaErrors.await(admin.describeConfigs(List.of(broker)).values().get(broker),
                "read the configs of broker " + id);
    }

    /**
     * Sets and removes dynamic configs of broker {@code id} in one request; the broker validates them and refuses a
     * read-only key with its own reason.
     */
    public void alter(int id, Map<String, String> set, Set<String> remove) {
        if (set.isEmpty() && remove.isEmpty()) {
            throw new AdminException("nothing to change: name at least one config to set or remove");
        }
        List<AlterConfigOp> ops = new ArrayList<>();
        set.forEach((key, value) -> ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET)));
        remove.forEach(key -> ops.add(new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE)));
        KafkaErrors.await(admin.incrementalAlterConfigs(Map.of(resource(id), ops)).all(),
                "change the configs of broker " + id);
    }

    private static ConfigResource resource(int id) {
        return new ConfigResource(ConfigResource.Type.BROKER, String.valueOf(id));
    }

    @Override
    public void close() {
        admin.close();
    }
}
