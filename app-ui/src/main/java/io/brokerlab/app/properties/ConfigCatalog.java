package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kafka.server.KafkaConfig$;
import org.apache.kafka.common.config.ConfigDef;

/** Every known key of a node kind with its documentation; built once, immutable, any thread. */
public final class ConfigCatalog {

    private static volatile ConfigCatalog broker;
    private static volatile ConfigCatalog zookeeper;

    private final Map<String, ConfigInfo> keys;

    private ConfigCatalog(Map<String, ConfigInfo> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static ConfigCatalog of(NodeKind kind) {
        return kind == NodeKind.BROKER ? broker() : zookeeper();
    }

    public static ConfigCatalog broker() {
        if (broker == null) {
            Map<String, ConfigInfo> keys = new LinkedHashMap<>();
            // Through the Scala companion object: javac cannot see KafkaConfig's own superclass (see KafkaRules).
            ConfigDef def = KafkaConfig$.MODULE$.configDef();
            def.configKeys().values().stream()
                    .sorted((a, b) -> a.name.compareTo(b.name))
                    .forEach(k -> keys.put(k.name, new ConfigInfo(k.name, k.documentation,
                            k.type.name().toLowerCase(Locale.ROOT),
                            k.hasDefault() ? ConfigDef.convertToString(k.defaultValue, k.type) : null,
                            k.validator == null ? "" : k.validator.toString(),
                            k.importance == null ? "" : k.importance.name().toLowerCase(Locale.ROOT))));
            broker = new ConfigCatalog(keys);
        }
        return broker;
    }

    public static ConfigCatalog zookeeper() {
        if (zookeeper == null) {
            Map<String, ConfigInfo> keys = new LinkedHashMap<>();
            zk(keys, "dataDir", "The folder where ZooKeeper keeps its in-memory database snapshots and, unless"
                    + " dataLogDir is set, its transaction log.", "string", null, "", "high");
            zk(keys, "dataLogDir", "A separate folder for the transaction log; a dedicated disk makes writes faster.",
                    "string", null, "", "medium");
            zk(keys, "clientPort", "The port clients (the brokers) connect to.", "int", "2181", "1-65535", "high");
            zk(keys, "clientPortAddress", "The address the client port listens on.", "string", "all addresses", "",
                    "medium");
            zk(keys, "tickTime", "The basic time unit in milliseconds; heartbeats and timeouts are multiples of it."
                    + " The minimum session timeout is twice the tickTime.", "int", "3000", "> 0", "high");
            zk(keys, "initLimit", "Ticks a follower may take to connect and sync to the leader at start-up.", "int",
                    null, "> 0", "high");
            zk(keys, "syncLimit", "Ticks a follower may lag behind the leader before it is dropped.", "int", null,
                    "> 0", "high");
            zk(keys, "maxClientCnxns", "Connections one client IP may open; 0 means no limit.", "int", "60", ">= 0",
                    "medium");
            zk(keys, "minSessionTimeout", "The smallest session timeout in ms a client may ask for.", "int",
                    "2 × tickTime", "", "medium");
            zk(keys, "maxSessionTimeout", "The largest session timeout in ms a client may ask for.", "int",
                    "20 × tickTime", "", "medium");
            zk(keys, "autopurge.snapRetainCount", "Snapshots (and their logs) kept by the auto purge.", "int", "3",
                    ">= 3", "low");
            zk(keys, "autopurge.purgeInterval", "Hours between auto purges; 0 turns purging off.", "int", "0", ">= 0",
                    "low");
            zk(keys, "admin.enableServer", "Whether the embedded Jetty AdminServer runs (it has no authentication).",
                    "boolean", "true", "true, false", "medium");
            zk(keys, "4lw.commands.whitelist", "The four-letter-word commands allowed, comma separated, or *.",
                    "list", "srvr", "", "low");
            zk(keys, "serverCnxnFactory", "The connection factory class; Netty is needed for TLS.", "class",
                    "org.apache.zookeeper.server.NIOServerCnxnFactory", "", "low");
            zk(keys, "standaloneEnabled", "Whether a single server may run without an ensemble.", "boolean", "true",
                    "true, false", "low");
            zk(keys, "reconfigEnabled", "Whether dynamic reconfiguration of the ensemble is allowed.", "boolean",
                    "false", "true, false", "low");
            zk(keys, "electionPortBindRetry", "How often the election port bind is retried.", "int", "3", ">= 0",
                    "low");
            zookeeper = new ConfigCatalog(keys);
        }
        return zookeeper;
    }

    private static void zk(Map<String, ConfigInfo> keys, String key, String doc, String type, String def,
                           String valid, String importance) {
        keys.put(key, new ConfigInfo(key, doc, type, def, valid, importance));
    }

    /** Also {@code server.N} lines of an ensemble, which are not fixed keys. */
    public ConfigInfo info(String key) {
        ConfigInfo info = keys.get(key);
        if (info != null) {
            return info;
        }
        if (key.startsWith("server.")) {
            return new ConfigInfo(key, "An ensemble member: host:peerPort:electionPort for ZooKeeper id "
                    + key.substring("server.".length()) + ".", "string", null, "host:port:port", "high");
        }
        return ConfigInfo.unknown(key);
    }

    public Map<String, ConfigInfo> keys() {
        return keys;
    }
}
