package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
