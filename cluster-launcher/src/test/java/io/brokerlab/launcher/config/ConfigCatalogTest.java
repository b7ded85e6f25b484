package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCatalogTest {

    @TempDir
    Path ws;

    private final ConfigCatalog broker = ConfigCatalog.of(NodeKind.BROKER);
    private final ConfigCatalog zookeeper = ConfigCatalog.of(NodeKind.ZOOKEEPER);

    @Test
    void brokerKeysComeFromKafkasOwnDefinitions() {
        assertThat(broker.keys().keySet()).isEqualTo(KafkaRules.knownKeys());
        ConfigInfo threads = broker.info("num.network.threads");
        assertThat(threads.documentation()).isNotBlank();
        assertThat(threads.type()).isEqualTo("int");
        assertThat(threads.defaultValue()).isEqualTo("3");
        assertThat(threads.validValues()).isEqualTo("[1,...]");
        assertThat(threads.choices()).isEmpty();
        assertThat(threads.updateMode()).isEqualTo("cluster-wide");
        assertThat(broker.info("broker.id").updateMode()).isEqualTo("read-only");
    }

    /** Kafka writes its documentation for an HTML page; the catalog holds what a form or a terminal shows. */
    @Test
    void brokerDocumentationIsPlainText() {
        assertThat(broker.keys().values()).allSatisfy(info -> assertThat(info.documentation()).as(info.key())
                .doesNotContain("<code>", "</code>", "<p>", "<li>", "<br>", "<a ", "&lt;", "&gt;", "&amp;", "%n"));
        assertThat(broker.info("listeners").documentation())
                .contains("listener.security.protocol.map must also be set")
                .contains("\nPLAINTEXT://myhost:9092,SSL://:9091\n");
        assertThat(broker.info("ssl.client.auth").documentation()).contains("\n• ssl.client.auth=requested This");
        assertThat(broker.info("client.quota.callback.class").documentation()).contains("the <user> and <client-id>");
        assertThat(broker.info("log.dirs").documentation()).isEqualTo("A comma-separated list of the directories"
                + " where the log data is stored. If not set, the value in log.dir is used.");
    }

    @Test
    void aPerListenerOverrideIsTypedAsTheKeyItOverridesSoItsSecretsStaySecret() {
        ConfigCatalog brokers = ConfigCatalog.of(NodeKind.BROKER);
        ConfigInfo keystore = brokers.info("listener.name.ssl.ssl.keystore.password");
        assertThat(keystore.sensitive()).isTrue();
        assertThat(keystore.documentation()).startsWith("For the listener SSL only, instead of ssl.keystore.password.");
        assertThat(keystore.defaultText()).isEqualTo("ssl.keystore.password applies");
        assertThat(brokers.info("listener.name.sasl_ssl.plain.sasl.jaas.config").sensitive()).as("with a mechanism")
                .isTrue();
        assertThat(brokers.info("listener.name.plaintext.some.plugin.option").type()).as("unknown stays unknown")
                .isEqualTo("?");
    }

    @Test
    void finiteValueSetsAreChoices() {
        assertThat(broker.info("compression.type").choices()).contains("producer", "zstd", "gzip", "uncompressed");
        assertThat(broker.info("log.cleanup.policy").choices()).containsExactly("compact", "delete");
        assertThat(broker.info("log.cleanup.policy").type()).isEqualTo("list");
        assertThat(broker.info("auto.create.topics.enable").choices()).containsExactly("true", "false");
        assertThat(zookeeper.info("admin.enableServer").choices()).containsExactly("true", "false");
        assertThat(zookeeper.info("forceSync").choices()).containsExactly("yes", "no");
    }

    @Test
    void zookeeperListCoversTheKeysPeopleMeet() {
        List<String> common = List.of("tickTime", "initLimit", "syncLimit", "dataDir", "dataLogDir", "clientPort",
                "clientPortAddress", "maxClientCnxns", "autopurge.snapRetainCount", "autopurge.purgeInterval",
                "admin.enableServer", "admin.serverPort", "4lw.commands.whitelist", "snapCount", "jute.maxbuffer",
                "secureClientPort", "globalOutstandingLimit", "preAllocSize", "minSessionTimeout",
                "maxSessionTimeout", "standaloneEnabled", "reconfigEnabled", "metricsProvider.className");
        assertThat(zookeeper.keys()).containsKeys(common.toArray(String[]::new));
        assertThat(zookeeper.keys().values()).allSatisfy(info -> assertThat(info.documentation()).isNotBlank());
        assertThat(zookeeper.info("server.2").documentation()).contains("myid");
        assertThat(zookeeper.info("jute.maxbuffer").documentation()).contains("system property");
    }

    @Test
    void zookeeperListCoversTheAdministratorsGuide() {
        List<String> guide = List.of("electionAlg", "peerType", "syncEnabled", "leaderServes", "cnxTimeout",
                "localSessionsEnabled", "localSessionsUpgradingEnabled", "ssl.keyStore.location",
                "ssl.keyStore.password", "ssl.keyStore.type", "ssl.trustStore.location", "ssl.trustStore.password",
                "ssl.trustStore.type", "ssl.protocol", "ssl.enabledProtocols", "ssl.ciphersuites",
                "ssl.hostnameVerification", "ssl.clientAuth", "ssl.quorum.keyStore.location",
                "ssl.quorum.trustStore.password", "sslQuorum", "portUnification", "client.portUnification",
                "quorum.auth.enableSasl", "quorum.auth.learnerRequireSasl", "quorum.auth.serverRequireSasl",
                "quorum.auth.learner.saslLoginContext", "quorum.auth.server.saslLoginContext",
                "quorum.auth.kerberos.servicePrincipal", "secureClientPortAddress", "observerMasterPort",
                "dynamicConfigFile", "admin.idleTimeout", "admin.commandURL", "metricsProvider.httpPort",
                "metricsProvider.exportJvmInfo", "fsync.warningthresholdms", "maxResponseCacheSize",
                "connectToLearnerMasterLimit", "multiAddress.enabled", "4lw.commands.whitelist");
        assertThat(zookeeper.keys()).containsKeys(guide.toArray(String[]::new));
        assertThat(zookeeper.keys()).hasSizeGreaterThan(100);
        assertThat(zookeeper.keys().values()).allSatisfy(info -> {
            assertThat(info.documentation()).as(info.key()).isNotBlank();
            assertThat(info.updateMode()).as("ZooKeeper reads its file only at start").isEqualTo("read-only");
        });
        assertThat(zookeeper.info("peerType").choices()).containsExactly("participant", "observer");
        assertThat(zookeeper.info("ssl.clientAuth").choices()).containsExactly("none", "want", "need");
        assertThat(zookeeper.info("authProvider.1").documentation()).contains("SASLAuthenticationProvider");
        assertThat(zookeeper.info("weight.2").type()).isNotEqualTo("?");
    }

    @Test
    void zookeeperPasswordsAreSensitive() {
        assertThat(zookeeper.keys().values().stream().filter(ConfigInfo::sensitive).map(ConfigInfo::key))
                .contains("ssl.keyStore.password", "ssl.trustStore.password", "ssl.quorum.keyStore.password",
                        "ssl.quorum.trustStore.password", "DigestAuthenticationProvider.superDigest")
                .doesNotContain("ssl.keyStore.location", "ssl.keyStore.type");
        assertThat(broker.info("ssl.keystore.password").sensitive()).isTrue();
        assertThat(broker.info("num.network.threads").sensitive()).isFalse();
    }

    /** "2 × tickTime" is no value: a value must never be compared with it, so it is a note, not the default. */
    @Test
    void derivedDefaultsAreNotesNotValues() {
        for (String key : List.of("minSessionTimeout", "maxSessionTimeout", "clientPortAddress", "dataLogDir",
                "connectToLearnerMasterLimit", "ssl.enabledProtocols")) {
            ConfigInfo info = zookeeper.info(key);
            assertThat(info.defaultValue()).as(key).isNull();
            assertThat(info.defaultNote()).as(key).isNotBlank();
            assertThat(info.defaultText()).as(key).isEqualTo(info.defaultNote());
        }
        assertThat(zookeeper.info("minSessionTimeout").describe()).contains("Default: 2 × tickTime");
        assertThat(zookeeper.info("tickTime").defaultValue()).isEqualTo("3000");
        assertThat(zookeeper.info("dataDir").defaultText()).isEqualTo("(none)");
    }

    /** Every fixed default, written into a file, is accepted by ZooKeeper's own parser. */
    @Test
    void zookeeperAcceptsEveryListedDefault() {
        Properties file = new Properties();
        file.setProperty("dataDir", ws.resolve("zk").toString());
        file.setProperty("clientPort", "2181");
        zookeeper.keys().values().stream().filter(info -> info.defaultValue() != null)
                .filter(info -> !info.key().equals("jute.maxbuffer"))
                .forEach(info -> file.setProperty(info.key(), info.defaultValue()));
        assertThat(file.size()).isGreaterThan(60);
        assertThat(ConfigValidator.validateZooKeeper(file)).isEmpty();
    }

    @Test
    void everyKeyBrokerlabWritesIsKnown() {
        ClusterDefinition definition = new ClusterDefinition(3, 3, 2181, 9092);
        Map<Integer, QuorumPorts> quorum = Map.of(
                1, new QuorumPorts(40001, 40002), 2, new QuorumPorts(40003, 40004), 3, new QuorumPorts(40005, 40006));
        NodeConfigGenerator generator = new NodeConfigGenerator(definition, ws, quorum);
        for (NodeId node : definition.nodes()) {
            ConfigCatalog catalog = ConfigCatalog.of(node.kind());
            assertThat(generator.generate(node).asMap().keySet()).as(node.name())
                    .allSatisfy(key -> assertThat(catalog.info(key).type()).as(key).isNotEqualTo("?"));
        }
    }

    @Test
    void unknownKeysSayWhatHappensToThem() {
        assertThat(broker.info("num.netwrk.threads").documentation()).contains("ignores");
        assertThat(broker.info("listener.name.plaintext.ssl.keystore.location").documentation()).contains("listener");
        assertThat(zookeeper.info("sessionTrackerCheck").documentation()).contains("zookeeper.sessionTrackerCheck");
    }
}
