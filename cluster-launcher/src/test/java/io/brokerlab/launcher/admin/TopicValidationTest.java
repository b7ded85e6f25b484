package io.brokerlab.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks that need no cluster: Kafka's own name rules and config definitions. */
class TopicValidationTest {

    @Test
    void namesAnUnknownConfigKey() {
        assertThatThrownBy(() -> TopicService.validateConfigs(Map.of("retention.msec", "1000")))
                .isInstanceOf(AdminException.class).hasMessageContaining("retention.msec");
    }

    @Test
    void namesAnInvalidValueWithTheReason() {
        assertThatThrownBy(() -> TopicService.validateConfigs(Map.of("cleanup.policy", "sometimes")))
                .isInstanceOf(AdminException.class).hasMessageContaining("cleanup.policy").hasMessageContaining("sometimes");
        assertThatThrownBy(() -> TopicService.validateConfigs(Map.of("retention.ms", "soon")))
                .isInstanceOf(AdminException.class).hasMessageContaining("retention.ms");
    }

    @Test
    void acceptsValidOverrides() {
        assertThatCode(() -> TopicService.validateConfigs(Map.of("retention.ms", "60000", "min.insync.replicas", "2")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesToDeleteOrGrowKafkasInternalTopicsBeforeAskingTheCluster() {
        // no admin client: the refusal comes before any request
        TopicService topics = new TopicService(null);
        assertThatThrownBy(() -> topics.delete("__consumer_offsets")).isInstanceOf(AdminException.class)
                .hasMessageStartingWith("cannot delete topic __consumer_offsets: it is an internal topic; ");
        assertThatThrownBy(() -> topics.addPartitions("__transaction_state", 60)).isInstanceOf(AdminException.class)
                .hasMessageStartingWith("cannot add partitions to __transaction_state: it is an internal topic; ");
    }

    @Test
    void rejectsTopicNamesKafkaRejects() {
        assertThatThrownBy(() -> TopicRequestValidator.validateName("bad name!")).isInstanceOf(AdminException.class)
                .hasMessageStartingWith("invalid topic name");
        assertThatThrownBy(() -> TopicRequestValidator.validateName("..")).isInstanceOf(AdminException.class);
    }

    @Test
    void namesWhyKafkaWouldRefuseATopicName() {
        assertThat(TopicNames.problem("orders.v2_eu-1")).isEmpty();
        assertThat(TopicNames.problem("bad name!")).hasValueSatisfying(p -> assertThat(p).contains("ASCII alphanumerics"));
        assertThat(TopicNames.problem("..")).isPresent();
        assertThat(TopicNames.problem("")).isPresent();
        assertThat(TopicNames.problem("x".repeat(250))).hasValueSatisfying(p -> assertThat(p).contains("249"));
    }

    @Test
    void parsesResetTargets() {
        assertThat(OffsetResetTarget.parse("earliest")).isEqualTo(new OffsetResetTarget.Earliest());
        assertThat(OffsetResetTarget.parse("offset:42")).isEqualTo(new OffsetResetTarget.ToOffset(42));
        assertThat(OffsetResetTarget.parse("timestamp:1700000000000"))
                .isEqualTo(new OffsetResetTarget.ToTimestamp(1_700_000_000_000L));
        assertThatThrownBy(() -> OffsetResetTarget.parse("offset:x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assignmentFixesPartitionsAndReplicationFactor() {
        NewTopicRequest request = NewTopicRequest.withAssignment("t", Map.of(0, List.of(1, 2), 1, List.of(2, 3)), Map.of());

        assertThat(request.partitions()).isEqualTo(2);
        assertThat(request.replicationFactor()).isEqualTo((short) 2);
        assertThat(request.hasAssignment()).isTrue();
    }
}
