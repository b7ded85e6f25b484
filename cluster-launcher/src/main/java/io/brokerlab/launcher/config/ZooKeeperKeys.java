package io.brokerlab.launcher.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every key a ZooKeeper 3.8 server honours in its file, written down by hand: ZooKeeper has no machine-readable
 * definition of its settings (no counterpart of Kafka's ConfigDef), only the Administrator's Guide, whose wording
 * this follows, and {@code QuorumPeerConfig}, which {@link ConfigValidator} runs and which is what actually accepts
 * or rejects a file. QuorumPeerConfig reads some keys itself and passes every other one on as the system property
 * {@code zookeeper.<key>}; so the guide's options whose system property is {@code zookeeper.<key>} work from the
 * file and are listed here, while those it marks "system property only" under another name (the NIO and commit
 * processor threads, the watch manager...) cannot be set from the file and are not.
 *
 * <p>A default that depends on other settings ("2 × tickTime") has no machine default, only a note, so that a
 * value is never compared with that text.
 */
final class ZooKeeperKeys {

    private static final List<String> BOOLEAN = List.of("true", "false");
    private static final List<String> YES_NO = List.of("yes", "no");
    private static final String EVERY_ADDRESS = "every address of the machine";

    private final Map<String, ConfigInfo> keys = new TreeMap<>();

    private ZooKeeperKeys() {
    }

    static Map<String, ConfigInfo> all() {
        ZooKeeperKeys list = new ZooKeeperKeys();
        list.basics();
        list.storage();
        list.connections();
        list.throttling();
        list.ensemble();
        list.sessions();
        list.tls("ssl.", "client");
        list.tls("ssl.quorum.", "quorum");
        list.authentication();
        list.quorumSasl();
        list.adminAndMetrics();
        list.unsafe();
        return list.keys;
    }

    /** Keys whose name holds a number or a plug-in's own name, so not fixed keys; null for any other key. */
    static ConfigInfo pattern(String key) {
        if (key.matches("server\\.\\d+")) {
            return patternInfo(key, "A server of the ensemble: host:peerPort:electionPort[:role][;clientAddress:]"
                    + "clientPort]. Followers connect to the leader on the first port; the second is for leader"
                    + " election. The number after \"server.\" must match the myid file in that server's dataDir,"
                    + " and every server's list must be the same.", "host:port:port", "high");
        }
        if (key.matches("group\\.\\d+")) {
            return patternInfo(key, "Enables a hierarchical quorum: the servers (ids separated by colons) of the"
                    + " group with this number. Groups must be disjoint and together make up the ensemble.",
                    "id:id:...", "low");
        }
        if (key.matches("weight\\.\\d+")) {
            return patternInfo(key, "With groups, the weight of the server with this id when voting (1 if not"
                    + " given).", ">= 0", "low");
        }
        if (key.startsWith("authProvider.") && key.length() > "authProvider.".length()) {
            return patternInfo(key, "An authentication provider class for ZooKeeper, e.g."
                    + " authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider for SASL; any"
                    + " number of them may be given.", "a class name", "medium");
        }
        if (key.startsWith("metricsProvider.")) {
            return patternInfo(key, "Passed on to the metrics provider (metricsProvider.className), which reads"
                    + " it.", "", "low");
        }
        return null;
    }

    private static ConfigInfo patternInfo(String key, String documentation, String validValues, String importance) {
        return new ConfigInfo(key, documentation, "string", null, null, validValues, List.of(), importance,
                ConfigInfo.READ_ONLY);
    }

    private void basics() {
        add("clientPort", "int", null, "1-65535", "high", "The port to listen for client connections; that is, the"
                + " port that clients (here: the brokers, through zookeeper.connect) attempt to connect to.");
        add("secureClientPort", "int", null, "1-65535", "medium", "The port to listen on for secure client"
                + " connections using SSL. clientPort specifies the port for plaintext connections while"
                + " secureClientPort specifies the port for SSL connections; specifying both enables mixed mode,"
                + " omitting either disables that mode. SSL needs serverCnxnFactory set to Netty.");
        derived("clientPortAddress", "string", EVERY_ADDRESS, "", "medium", "The address (IPv4, IPv6 or"
                + " hostname) to listen for client connections. By default ZooKeeper accepts connections to the"
                + " clientPort on any address of the server.");
        derived("secureClientPortAddress", "string", EVERY_ADDRESS, "", "low", "The address (IPv4, IPv6 or"
                + " hostname) to listen for secure client connections on secureClientPort.");
        add("observerMasterPort", "int", null, "1-65535", "low", "The port to listen for observer connections."
                + " When set, the server hosts observer connections as a follower too, not only as the leader, and"
                + " as an observer tries to connect to any voting peer.");
        add("clientPortListenBacklog", "int", "-1", "-1 or > 0", "low", "The socket backlog of the client port:"
                + " how many connection requests are queued by the server. Connections beyond it get a network"
                + " timeout (30 s), which may expire sessions. -1 leaves it to the operating system (50 on"
                + " Linux).");
        add("tickTime", "int", "3000", "> 0", "high", "The length of a single tick, the basic time unit used by"
                + " ZooKeeper, in milliseconds. It is used to regulate heartbeats and timeouts; for example, the"
                + " minimum session timeout will be two ticks.");
    }

    private void storage() {
        add("dataDir", "string", null, "", "high", "The location where ZooKeeper will store the in-memory"
                + " database snapshots and, unless dataLogDir says otherwise, the transaction log of updates to"
                + " the database. In an ensemble it also holds the myid file.");
        derived("dataLogDir", "string", "the dataDir", "", "medium", "Directs the server to write the transaction"
                + " log to this folder rather than the dataDir. A dedicated log device helps avoid competition"
                + " between logging and snapshots.");
        add("snapCount", "int", "100000", "", "low", "The number of transactions recorded in the transaction"
                + " log before a snapshot can be taken (and the log rolled). Each server snapshots at a random"
                + " point in [snapCount/2+1, snapCount] so that the ensemble does not snapshot all at once.");
        add("snapSizeLimitInKb", "long", "4194304", "", "low", "The total size, in kilobytes, of the"
                + " transactions in the log after which a snapshot can be taken (at a random point in"
                + " [snapSize/2+1, snapSize]). 4 GB by default; a value of 0 or less turns the limit off.");
        add("txnLogSizeLimitInKb", "long", "-1", "", "low", "Rolls the transaction log when it reaches this size"
                + " in kilobytes (off by default). Set it to a few times preAllocSize: close to or below it, the"
                + " log rolls on every transaction.");
        add("commitLogCount", "int", "500", "", "low", "How many of the last committed requests the server keeps"
                + " in memory to sync followers that are not far behind quickly.");
        add("preAllocSize", "long", "65536", "", "low", "ZooKeeper allocates space in the transaction log file in"
                + " blocks of preAllocSize kilobytes to avoid seeks (64 MB by default). A smaller block suits"
                + " snapshots taken more often.");
        add("fsync.warningthresholdms", "long", "1000", "", "low", "A warning is logged whenever an fsync of the"
                + " transaction log takes longer than this many milliseconds.");
        add("autopurge.snapRetainCount", "int", "3", ">= 3", "low", "When auto purge is on, the number of most"
                + " recent snapshots, with their transaction logs, that are kept; the rest are deleted. The"
                + " minimum is 3.");
        add("autopurge.purgeInterval", "int", "0", ">= 0", "low", "The interval in hours between auto purges."
                + " A positive number turns auto purging on; 0 leaves it off.");
        add("syncEnabled", "boolean", "true", "true, false", "low", "Observers log transactions and write"
                + " snapshots to disk like the participants, which shortens their recovery on restart. false turns"
                + " this off.");
        add("datadir.autocreate", "boolean", "true", "true, false", "low", "Whether the server creates a"
                + " missing dataDir (and dataLogDir). false makes it refuse to start instead, so that a mistyped"
                + " dataDir cannot start an empty server beside the real data.");
        add("snapshot.trust.empty", "boolean", "false", "true, false", "low", "Lets a server start without"
                + " snapshot files instead of treating their absence as fatal. Only for upgrades from versions"
                + " before 3.5.3; set it back to false afterwards.");
        add("digest.enabled", "boolean", "true", "true, false", "low", "Keeps an incremental digest of the data"
                + " tree to detect inconsistencies when loading from disk, syncing and following the leader.");
    }

    private void connections() {
        add("maxClientCnxns", "int", "60", ">= 0", "medium", "Limits the number of concurrent connections (at"
                + " the socket level) that a single client, identified by IP address, may make to a single"
                + " member of the ensemble. 0 removes the limit.");
        add("maxCnxns", "int", "0", ">= 0", "low", "Limits the total number of concurrent connections to the"
                + " server (per client port; the secure port counts separately). 0 removes the limit.");
        add("serverCnxnFactory", "class", "org.apache.zookeeper.server.NIOServerCnxnFactory", "", "low",
                "The ServerCnxnFactory implementation. Set it to"
                        + " org.apache.zookeeper.server.NettyServerCnxnFactory to use TLS.");
        add("clientTcpKeepAlive", "boolean", "false", "true, false", "low", "Sets TCP keep-alive on client"
                + " sockets, so that sockets whose closing FIN was lost by the network are eventually dropped."
                + " Only with the default NIOServerCnxnFactory.");
        add("maxResponseCacheSize", "int", "400", "", "low", "The size of the cache of serialized recently read"
                + " records, which saves serializing popular znodes again. 0 or less turns it off.");
        add("maxGetChildrenResponseCacheSize", "int", "400", "", "low", "Like maxResponseCacheSize, for"
                + " get-children responses. 0 or less turns it off.");
        add("client.portUnification", "boolean", "false", "true, false", "low", "The client port also accepts"
                + " SSL connections, with the settings of the secure client port.");
        add("netty.advancedFlowControl.enabled", "boolean", "false", "true, false", "low", "Netty reads from a"
                + " connection only as fast as the request pipeline goes (no AUTO_READ), to avoid running out of"
                + " direct memory.");
        add("netty.server.outstandingHandshake.limit", "int", null, "", "low", "With Netty, the most TLS handshakes in"
                + " flight; further connections are refused before their handshake. Around 250 avoids a herd"
                + " of handshake timeouts.");
    }

    private void throttling() {
        add("globalOutstandingLimit", "int", "1000", "", "low", "The most requests that may be outstanding in"
                + " the system: ZooKeeper throttles clients beyond it so queued requests do not exhaust its"
                + " memory.");
        add("maxBatchSize", "int", "1000", "", "low", "The number of transactions after which the commit log is"
                + " flushed.");
        add("flushDelay", "long", "0", ">= 0", "low", "Milliseconds to delay the flush of the commit log (0: no"
                + " delay). 10-20 ms may help ensembles with many writes.");
        derived("maxWriteQueuePollTime", "long", "flushDelay / 3", "", "low", "With flushDelay, how long to wait"
                + " before flushing when no new requests are queued, in milliseconds.");
        add("largeRequestMaxBytes", "int", "104857600", "", "low", "The most bytes of large requests in flight;"
                + " a connection whose large request would exceed it is closed. 100 MB by default.");
        add("largeRequestThreshold", "int", "-1", "", "low", "The size in bytes from which a request counts as"
                + " large. -1: no request is large (large-request throttling off).");
        add("enableEagerACLCheck", "boolean", "false", "true, false", "low", "Checks the ACL of a write on the"
                + " server the client is connected to before the request is sent to the quorum.");
        add("enforceQuota", "boolean", "false", "true, false", "low", "Enforces the quotas set on znodes: a write"
                + " that would exceed one fails with QuotaExceededException instead of only being logged.");
    }

    private void ensemble() {
        add("initLimit", "int", null, "> 0", "high", "Amount of time, in ticks, to allow followers to connect"
                + " and sync to a leader. Increase it if the amount of data managed by ZooKeeper is large.");
        add("syncLimit", "int", null, "> 0", "high", "Amount of time, in ticks, to allow followers to sync with"
                + " ZooKeeper. If followers fall too far behind a leader, they are dropped.");
        derived("connectToLearnerMasterLimit", "int", "initLimit", "> 0", "low", "Amount of time, in ticks, to"
                + " allow followers to connect to the leader after leader election. Useful when initLimit is"
                + " high.");
        choice("electionAlg", "int", "3", List.of("3"), "low", "The leader election algorithm. Since 3.6.0 only 3,"
                + " the TCP-based fast leader election, exists; 1 and 2 were removed.");
        choice("peerType", "string", "participant", List.of("participant", "observer"), "medium", "Whether this"
                + " server votes (participant) or only follows the ensemble's decisions (observer). An observer"
                + " also needs \":observer\" at the end of its own server.N line.");
        add("leaderServes", "string", "yes", "yes, no", "low", "Whether the leader accepts client connections."
                + " With no, the leader only coordinates: more write throughput for slightly less read"
                + " throughput; recommended for ensembles of more than three servers.");
        add("cnxTimeout", "int", "5000", "", "low", "The timeout in milliseconds for opening connections for"
                + " leader election notifications.");
        derived("quorumCnxnTimeoutMs", "int", "syncLimit × tickTime", "", "low", "The read timeout in"
                + " milliseconds of the connections for leader election notifications; -1 means syncLimit ×"
                + " tickTime.");
        add("quorumListenOnAllIPs", "boolean", "false", "true, false", "low", "When true, the server listens for"
                + " connections from its peers (the ZAB and leader election protocols) on all its addresses, not"
                + " only the one in its server.N line.");
        add("quorum.cnxn.threads.size", "int", "20", "> 0", "low", "The most threads used to set up connections"
                + " between servers (with quorum SASL authentication).");
        add("tcpKeepAlive", "boolean", "false", "true, false", "low", "Sets TCP keep-alive on the sockets used by"
                + " the ensemble's members for elections, so NATs and firewalls do not drop idle ones.");
        add("electionPortBindRetry", "int", "3", ">= 0", "low", "How often the server retries binding its"
                + " leader election port; 0 retries forever.");
        add("standaloneEnabled", "boolean", "true", "true, false", "low", "When false, a single server can be"
                + " started in replicated mode, a lone participant can run with observers, and an ensemble can"
                + " reconfigure down to one server and up from one.");
        add("reconfigEnabled", "boolean", "false", "true, false", "low", "Whether the Dynamic Reconfiguration"
                + " feature is on. Keep the value the same on every server: the leader's setting decides.");
        add("dynamicConfigFile", "string", null, "", "low", "A separate file for the dynamic part of the"
                + " configuration (server.N, group.N, weight.N and the client port); with reconfigEnabled"
                + " ZooKeeper moves those keys there itself.");
        add("observer.reconnectDelayMs", "long", "0", ">= 0", "low", "How long an observer that lost the leader"
                + " waits before reconnecting, so that all observers do not reconnect at once.");
        add("observer.election.DelayMs", "long", "200", ">= 0", "low", "How long an observer that lost the"
                + " leader waits before taking part in an election, to spare the voters.");
        add("fastleader.minNotificationInterval", "long", "200", "", "low", "The shortest time in milliseconds"
                + " between two checks of the election votes; the interval backs off up to"
                + " fastleader.maxNotificationInterval in long elections.");
        add("fastleader.maxNotificationInterval", "long", "60000", "", "low", "The longest time in milliseconds"
                + " between two checks of the election votes.");
        add("multiAddress.enabled", "boolean", "false", "true, false", "low", "Allows several addresses per server"
                + " in server.N lines, separated by |, for network-level resilience. Not during a rolling upgrade"
                + " from a version before 3.6.0.");
        add("multiAddress.reachabilityCheckEnabled", "boolean", "true", "true, false", "low", "With multiple"
                + " addresses, whether ZooKeeper checks which of them are reachable. Turn it off only for tests.");
        add("multiAddress.reachabilityCheckTimeoutMs", "int", "1000", "> 0", "low", "With multiple addresses,"
                + " the time in milliseconds allowed for the reachability check of all of them.");
        add("sslQuorumReloadCertFiles", "boolean", "false", "true, false", "low", "Reloads the quorum key and"
                + " trust stores when their files change, without a restart.");
        add("oraclePath", "string", null, "", "low", "For a two-server ensemble: the file of the oracle that"
                + " decides whether the remaining server may carry on alone when the other fails.");
        add("jvm.pause.monitor", "boolean", "false", "true, false", "low", "Logs pauses of the JVM (garbage"
                + " collection, swapping) seen by a thread that sleeps and measures how late it wakes up.");
        add("jvm.pause.sleep.time.ms", "long", "500", "> 0", "low", "How long the JVM pause monitor sleeps"
                + " between measurements, in milliseconds.");
    }

    private void sessions() {
        derived("minSessionTimeout", "int", "2 × tickTime", "", "medium", "The minimum session timeout in"
                + " milliseconds that the server will allow the client to negotiate.");
        derived("maxSessionTimeout", "int", "20 × tickTime", "", "medium", "The maximum session timeout in"
                + " milliseconds that the server will allow the client to negotiate.");
        add("localSessionsEnabled", "boolean", "false", "true, false", "low", "Turns on local sessions: sessions"
                + " only the server they connect to knows, cheaper than global ones but unable to create"
                + " ephemeral nodes.");
        add("localSessionsUpgradingEnabled", "boolean", "false", "true, false", "low", "With local sessions,"
                + " upgrades a local session to a global one when it needs to (e.g. to create an ephemeral"
                + " node).");
        add("extendedTypesEnabled", "boolean", "false", "true, false", "low", "Enables extended features such"
                + " as TTL nodes. Server ids must then be below 255.");
    }

    /** The client and the quorum side take the same TLS settings under two prefixes. */
    private void tls(String prefix, String side) {
        String of = " for " + side + " TLS connections";
        add(prefix + "keyStore.location", "string", null, "", "medium", "The path of the key store holding the"
                + " server's own certificate and key" + of + ".");
        add(prefix + "keyStore.password", "password", null, "", "medium", "The password of the key store" + of
                + ".");
        derived(prefix + "keyStore.type", "string", "detected from the file name", "JKS, PEM, PKCS12", "low",
                "The format of the key store" + of + ".");
        add(prefix + "trustStore.location", "string", null, "", "medium", "The path of the trust store holding"
                + " the certificates trusted" + of + ".");
        add(prefix + "trustStore.password", "password", null, "", "medium", "The password of the trust store"
                + of + ".");
        derived(prefix + "trustStore.type", "string", "detected from the file name", "JKS, PEM, PKCS12", "low",
                "The format of the trust store" + of + ".");
        add(prefix + "protocol", "string", "TLSv1.2", "", "low", "The protocol used to negotiate" + of + ".");
        derived(prefix + "enabledProtocols", "list", "the value of " + prefix + "protocol", "", "low", "The"
                + " protocols enabled" + of + ".");
        derived(prefix + "ciphersuites", "list", "those of the Java runtime", "", "low", "The cipher suites"
                + " enabled" + of + ".");
        add(prefix + "context.supplier.class", "class", null, "", "low", "A class that supplies the SSLContext"
                + of + ", e.g. for a hardware key store.");
        add(prefix + "hostnameVerification", "boolean", "true", "true, false", "low", "Whether the peer's host"
                + " name is verified" + of + ". Turn it off only for tests.");
        add(prefix + "crl", "boolean", "false", "true, false", "low", "Whether certificate revocation lists are"
                + " checked" + of + ".");
        add(prefix + "ocsp", "boolean", "false", "true, false", "low", "Whether the Online Certificate Status"
                + " Protocol is used" + of + ".");
        choice(prefix + "clientAuth", "string", "need", List.of("none", "want", "need"), "low", "Whether the"
                + " server asks the other side for a certificate" + of + ": none, want (optional) or need.");
        add(prefix + "handshakeDetectionTimeoutMillis", "int", "5000", "> 0", "low", "With port unification,"
                + " how long the server waits for the first bytes of a connection to tell TLS from plain text, in"
                + " milliseconds.");
    }

    private void authentication() {
        add("ssl.authProvider", "string", "x509", "", "low", "The scheme of the authentication provider used for"
                + " TLS client authentication; a custom one is registered with authProvider.<scheme>.");
        add("sslQuorum", "boolean", "false", "true, false", "medium", "Encrypts the communication between the"
                + " servers of the ensemble (needs the ssl.quorum.* stores and the Netty connection factory).");
        add("portUnification", "boolean", "false", "true, false", "low", "The quorum ports accept both TLS and"
                + " plain connections: the step between a plain ensemble and one with sslQuorum, without"
                + " downtime.");
        add("DigestAuthenticationProvider.superDigest", "password", null, "", "low", "The digest of the"
                + " \"super\" user (super:<digest>, made with DigestAuthenticationProvider), who bypasses every"
                + " ACL. Digest authentication sends the password in clear text.");
        add("X509AuthenticationProvider.superUser", "string", null, "", "low", "The X.500 principal of a TLS"
                + " client that bypasses every ACL.");
        add("superUser", "string", null, "", "low", "The name of a SASL user that bypasses every ACL.");
        add("sessionRequireClientSASLAuth", "boolean", "false", "true, false", "low", "Accepts sessions only from"
                + " clients that authenticated with SASL; others get error -124 and are closed.");
        add("ensembleAuthName", "list", null, "", "low", "The names of this ensemble that a client may give with"
                + " the \"ensemble\" scheme; a client naming another ensemble is refused.");
        add("kerberos.removeHostFromPrincipal", "boolean", "false", "true, false", "low", "Removes the host from"
                + " a client's Kerberos principal (zk/myhost@EXAMPLE.COM becomes zk@EXAMPLE.COM).");
        add("kerberos.removeRealmFromPrincipal", "boolean", "false", "true, false", "low", "Removes the realm"
                + " from a client's Kerberos principal (zk/myhost@EXAMPLE.COM becomes zk/myhost).");
    }

    private void quorumSasl() {
        add("quorum.auth.enableSasl", "boolean", "false", "true, false", "low", "Turns on SASL authentication"
                + " between the servers of the ensemble.");
        add("quorum.auth.learnerRequireSasl", "boolean", "false", "true, false", "low", "With quorum SASL, a"
                + " learner (follower or observer) only connects to a leader that authenticates.");
        add("quorum.auth.serverRequireSasl", "boolean", "false", "true, false", "low", "With quorum SASL, the"
                + " server only accepts learners that authenticate.");
        add("quorum.auth.learner.saslLoginContext", "string", "QuorumLearner", "", "low", "The JAAS login"
                + " context section a learner uses to authenticate to the leader.");
        add("quorum.auth.server.saslLoginContext", "string", "QuorumServer", "", "low", "The JAAS login context"
                + " section the server uses to authenticate learners.");
        add("quorum.auth.kerberos.servicePrincipal", "string", "zkquorum/localhost", "", "low", "The Kerberos"
                + " service principal of the servers; _HOST is replaced by each server's host name.");
    }

    private void adminAndMetrics() {
        add("4lw.commands.whitelist", "list", "srvr", "", "low", "A comma-separated list of the Four Letter Word"
                + " commands to enable; a command not in the list is refused. * enables them all.");
        add("admin.enableServer", "boolean", "true", "true, false", "medium", "Set to false to disable the"
                + " AdminServer, the embedded Jetty HTTP server for commands (it has no authentication).");
        add("admin.serverAddress", "string", "0.0.0.0", "", "low", "The address the AdminServer listens on.");
        add("admin.serverPort", "int", "8080", "1-65535", "low", "The port the AdminServer listens on.");
        add("admin.idleTimeout", "int", "30000", "", "low", "The longest time in milliseconds an AdminServer"
                + " connection may wait before sending or receiving data.");
        add("admin.commandURL", "string", "/commands", "", "low", "The URL, relative to the root, for listing and"
                + " issuing AdminServer commands.");
        add("admin.portUnification", "boolean", "false", "true, false", "low", "The AdminServer port accepts"
                + " both HTTP and HTTPS.");
        add("audit.enable", "boolean", "false", "true, false", "low", "Writes audit logs of the operations"
                + " clients perform.");
        add("audit.impl.class", "class", "org.apache.zookeeper.audit.Log4jAuditLogger", "", "low", "The class"
                + " that writes audit logs.");
        add("metricsProvider.className", "class", "org.apache.zookeeper.metrics.impl.DefaultMetricsProvider", "",
                "low", "The metrics provider. Set to"
                        + " org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider to enable the"
                        + " Prometheus exporter (its jar must be on the class path).");
        add("metricsProvider.httpPort", "int", "7000", "1-65535", "low", "The port the Prometheus exporter's"
                + " HTTP server binds to; metrics are at /metrics.");
        add("metricsProvider.exportJvmInfo", "boolean", "true", "true, false", "low", "Whether the Prometheus"
                + " exporter also exports metrics about the JVM.");
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
        derived("jute.maxbuffer.extrasize", "int", "jute.maxbuffer", "", "low", "The room, in bytes, the server"
                + " allows for the information it adds to a request before it persists it as a transaction.");
    }

    private void add(String key, String type, String defaultValue, String validValues, String importance,
                     String documentation) {
        List<String> choices = switch (validValues) {
            case "true, false" -> BOOLEAN;
            case "yes, no" -> YES_NO;
            default -> List.of();
        };
        put(new ConfigInfo(key, documentation, type, defaultValue, null, validValues, choices, importance,
                ConfigInfo.READ_ONLY));
    }

    /** A default that depends on other settings: only described, so no value is ever compared with it. */
    private void derived(String key, String type, String defaultNote, String validValues, String importance,
                         String documentation) {
        put(new ConfigInfo(key, documentation, type, null, defaultNote, validValues, List.of(), importance,
                ConfigInfo.READ_ONLY));
    }

    private void choice(String key, String type, String defaultValue, List<String> choices, String importance,
                        String documentation) {
        put(new ConfigInfo(key, documentation, type, defaultValue, null, String.join(", ", choices), choices,
                importance, ConfigInfo.READ_ONLY));
    }

    private void put(ConfigInfo info) {
        if (keys.put(info.key(), info) != null) {
            throw new IllegalStateException("listed twice: " + info.key());
        }
    }
}
