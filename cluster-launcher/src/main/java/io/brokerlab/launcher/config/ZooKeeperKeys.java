package io.brokerlab.launcher.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ZooKeeper keys people meet, written down by hand: ZooKeeper has no machine-readable definition of its
 * settings (no counterpart of Kafka's ConfigDef), only the Administrator's Guide (3.8), whose wording this
 * follows, and {@code QuorumPeerConfig}, which {@link ConfigValidator} runs and which is what actually accepts or
 * rejects a file. Keys QuorumPeerConfig does not know itself it passes on as {@code zookeeper.<key>} system
 * properties, so keys missing here are not necessarily ignored.
 */
final class ZooKeeperKeys {

    private static final List<String> BOOLEAN = List.of("true", "false");
    private static final List<String> YES_NO = List.of("yes", "no");

    private final Map<String, ConfigInfo> keys = new TreeMap<>();

    private ZooKeeperKeys() {
    }

    static Map<String, ConfigInfo> all() {
        ZooKeeperKeys list = new ZooKeeperKeys();
        list.basics();
        list.storage();
        list.connections();
        list.ensemble();
        list.adminAndMetrics();
        list.unsafe();
        return list.keys;
    }

    /** An ensemble member line; the number is the member's id, so these are not fixed keys. */
    static ConfigInfo server(String key) {
        return new ConfigInfo(key, "A server of the ensemble: host:peerPort:electionPort. Followers connect to the"
                + " leader on the first port; the second is for leader election. The number after \"server.\" must"
                + " match the myid file in that server's dataDir, and every server's list must be the same.",
                "string", null, "host:port:port", List.of(), "high", "");
    }

    private void basics() {
        add("clientPort", "int", null, "1-65535", "high", "The port to listen for client connections; that is, the"
                + " port that clients (here: the brokers, through zookeeper.connect) attempt to connect to.");
        add("secureClientPort", "int", null, "1-65535", "medium", "The port to listen on for secure client"
                + " connections using SSL. clientPort specifies the port for plaintext connections while"
                + " secureClientPort specifies the port for SSL connections; specifying both enables mixed mode."
                + " SSL needs serverCnxnFactory set to Netty.");
        add("clientPortAddress", "string", "all addresses", "", "medium", "The address (IPv4, IPv6 or hostname)"
                + " to listen for client connections. By default ZooKeeper accepts connections to the clientPort"
                + " on any address of the server.");
        add("tickTime", "int", "3000", "> 0", "high", "The length of a single tick, the basic time unit used by"
                + " ZooKeeper, in milliseconds. It is used to regulate heartbeats and timeouts; for example, the"
                + " minimum session timeout will be two ticks.");
        add("minSessionTimeout", "int", "2 × tickTime", "", "medium", "The minimum session timeout in"
                + " milliseconds that the server will allow the client to negotiate.");
        add("maxSessionTimeout", "int", "20 × tickTime", "", "medium", "The maximum session timeout in"
                + " milliseconds that the server will allow the client to negotiate.");
    }

    private void storage() {
        add("dataDir", "string", null, "", "high", "The location where ZooKeeper will store the in-memory"
                + " database snapshots and, unless dataLogDir says otherwise, the transaction log of updates to"
                + " the database. In an ensemble it also holds the myid file.");
        add("dataLogDir", "string", "the dataDir", "", "medium", "Directs the server to write the transaction"
                + " log to this folder rather than the dataDir. A dedicated log device helps avoid competition"
                + " between logging and snapshots.");
        add("snapCount", "int", "100000", "", "low", "The number of transactions recorded in the transaction"
                + " log before a snapshot can be taken (and the log rolled). Each server snapshots at a random"
                + " point in [snapCount/2+1, snapCount] so that the ensemble does not snapshot all at once.");
        add("preAllocSize", "long", "65536", "", "low", "ZooKeeper allocates space in the transaction log file in"
                + " blocks of preAllocSize kilobytes to avoid seeks (64 MB by default). A smaller block suits"
                + " snapshots taken more often.");
        add("autopurge.snapRetainCount", "int", "3", ">= 3", "low", "When auto purge is on, the number of most"
                + " recent snapshots, with their transaction logs, that are kept; the rest are deleted. The"
                + " minimum is 3.");
        add("autopurge.purgeInterval", "int", "0", ">= 0", "low", "The interval in hours between auto purges."
                + " A positive number turns auto purging on; 0 leaves it off.");
    }

    private void connections() {
        add("maxClientCnxns", "int", "60", ">= 0", "medium", "Limits the number of concurrent connections (at"
                + " the socket level) that a single client, identified by IP address, may make to a single"
                + " member of the ensemble. 0 removes the limit.");
        add("maxCnxns", "int", "0", ">= 0", "low", "Limits the total number of concurrent connections to the"
                + " server (per client port). 0 removes the limit.");
        add("globalOutstandingLimit", "int", "1000", "", "low", "The most requests that may be outstanding in"
                + " the system: ZooKeeper throttles clients beyond it so queued requests do not exhaust its"
                + " memory.");
        add("serverCnxnFactory", "class", "org.apache.zookeeper.server.NIOServerCnxnFactory", "", "low",
                "The ServerCnxnFactory implementation. Set it to"
                        + " org.apache.zookeeper.server.NettyServerCnxnFactory to use TLS.");
    }

    private void ensemble() {
        add("initLimit", "int", null, "> 0", "high", "Amount of time, in ticks, to allow followers to connect"
                + " and sync to a leader. Increase it if the amount of data managed by ZooKeeper is large.");
        add("syncLimit", "int", null, "> 0", "high", "Amount of time, in ticks, to allow followers to sync with"
                + " ZooKeeper. If followers fall too far behind a leader, they are dropped.");
        add("quorumListenOnAllIPs", "boolean", "false", "true, false", "low", "When true, the server listens for"
                + " connections from its peers (the ZAB and leader election protocols) on all its addresses, not"
                + " only the one in its server.N line.");
        add("electionPortBindRetry", "int", "3", ">= 0", "low", "How often the server retries binding its"
                + " leader election port; 0 retries forever.");
        add("standaloneEnabled", "boolean", "true", "true, false", "low", "When false, a single server can be"
                + " started in replicated mode, a lone participant can run with observers, and an ensemble can"
                + " reconfigure down to one server and up from one.");
        add("reconfigEnabled", "boolean", "false", "true, false", "low", "Whether the Dynamic Reconfiguration"
                + " feature is on. Keep the value the same on every server: the leader's setting decides.");
    }

    private void adminAndMetrics() {
        add("4lw.commands.whitelist", "list", "srvr", "", "low", "A comma-separated list of the Four Letter Word"
                + " commands to enable; a command not in the list is refused. * enables them all.");
        add("admin.enableServer", "boolean", "true", "true, false", "medium", "Set to false to disable the"
                + " AdminServer, the embedded Jetty HTTP server for commands (it has no authentication).");
        add("admin.serverAddress", "string", "0.0.0.0", "", "low", "The address the AdminServer listens on.");
        add("admin.serverPort", "int", "8080", "1-65535", "low", "The port the AdminServer listens on.");
        add("metricsProvider.className", "class", "org.apache.zookeeper.metrics.impl.DefaultMetricsProvider", "",
                "low", "The metrics provider. Set to"
                        + " org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider to enable the"
                        + " Prometheus exporter (its jar must be on the class path).");
        add("metricsProvider.httpPort", "int", "7000", "1-65535", "low", "The port the Prometheus exporter's"
                + " HTTP server binds to; metrics are at /metrics.");
    }

    private void unsafe() {
        add("forceSync", "string", "yes", "yes, no", "low", "Requires updates to be synced to the media of the"
                + " transaction log before finishing processing the update. With no, ZooKeeper does not wait"
                + " for the sync (faster, but a crash can lose acknowledged updates).");
        add("skipACL", "string", "no", "yes, no", "low", "Skips ACL checks: more throughput, but full access to"
                + " the data tree for everyone.");
        add("jute.maxbuffer", "int", "1048575", "", "low", "The largest znode data, in bytes. ZooKeeper only reads"
                + " it as the Java system property jute.maxbuffer (no zookeeper. prefix) and it must match on"
                + " servers and clients; set in this file it has no effect.");
    }

    private void add(String key, String type, String defaultValue, String validValues, String importance,
                     String documentation) {
        List<String> choices = switch (validValues) {
            case "true, false" -> BOOLEAN;
            case "yes, no" -> YES_NO;
            default -> List.of();
        };
        keys.put(key, new ConfigInfo(key, documentation, type, defaultValue, validValues, choices, importance, ""));
    }
}
