package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicConfigCatalogTest {

    private final TopicConfigCatalog catalog = TopicConfigCatalog.get();

    @Test
    void listsEveryTopicKeyWithPlainDocumentationTypeAndValidValues() {
        assertThat(catalog.keys()).containsKeys("retention.ms", "cleanup.policy", "min.insync.replicas",
                "compression.type", "segment.bytes");
        ConfigInfo cleanup = catalog.keys().get("cleanup.policy");
        assertThat(cleanup.type()).isEqualTo("list");
        assertThat(cleanup.choices()).contains("delete", "compact");
        assertThat(cleanup.defaultValue()).isEqualTo("delete");
        assertThat(catalog.keys().values()).allSatisfy(info -> assertThat(info.documentation()).doesNotContain("<code>"));
        assertThat(catalog.keys().get("min.insync.replicas").validValues()).isEqualTo("[1,...]");
        assertThat(catalog.brokerKey("retention.ms")).hasValue("log.retention.ms");
    }

    @Test
    void checksAValueAsABrokerWould() {
        assertThat(catalog.problem("retention.ms", "60000")).isEmpty();
        assertThat(catalog.problem("retention.ms", "soon")).hasValueSatisfying(reason ->
                assertThat(reason).contains("soon").contains("retention.ms"));
        assertThat(catalog.problem("min.insync.replicas", "0")).hasValueSatisfying(reason ->
                assertThat(reason).contains("min.insync.replicas").contains("at least 1"));
        assertThat(catalog.problem("cleanup.policy", "forever")).hasValueSatisfying(reason ->
                assertThat(reason).contains("forever"));
        assertThat(catalog.problem("retention.msec", "1")).hasValueSatisfying(reason ->
                assertThat(reason).contains("retention.msec"));
        // each fine alone, not together
        assertThat(catalog.problem(Map.of("min.compaction.lag.ms", "100", "max.compaction.lag.ms", "50")))
                .isPresent();
    }
}
