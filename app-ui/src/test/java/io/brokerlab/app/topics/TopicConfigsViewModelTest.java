package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TopicConfigsViewModelTest {

    private final List<ConfigEdit> sent = new ArrayList<>();

    private TopicConfigsViewModel model() {
        return new TopicConfigsViewModel("demo", List.of(
                new TopicConfigEntry("retention.ms", "60000", false, "DYNAMIC_TOPIC_CONFIG"),
                new TopicConfigEntry("min.insync.replicas", "2", false, "STATIC_BROKER_CONFIG"),
                new TopicConfigEntry("cleanup.policy", "delete", true, "DEFAULT_CONFIG"),
                // what Kafka says of a value from a broker's log.retention.hours=72: a default, by its source
                new TopicConfigEntry("delete.retention.ms", "259200000", false, "DEFAULT_CONFIG")),
                TopicConfigCatalog.get(), 3,
                OptionalInt.empty());
    }

    private static TopicConfigRow row(TopicConfigsViewModel model, String key) {
        return model.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyTopicKeyIsListedOverridesFirstAndTheSearchFindsKeysAndDocumentation() {
        TopicConfigsViewModel model = model();
        assertThat(model.rows().size()).isEqualTo(TopicConfigCatalog.get().keys().size());
        assertThat(model.rows().get(0).key()).isEqualTo("retention.ms");
        assertThat(model.rows().get(0).origin()).isEqualTo("topic override");
        assertThat(model.rows().get(0).brokerKey()).hasValue("log.retention.ms");
        assertThat(row(model, "min.insync.replicas").origin()).isEqualTo("broker setting");
        assertThat(row(model, "cleanup.policy").origin()).isEqualTo("Kafka default");
        assertThat(row(model, "delete.retention.ms").origin()).as("not Kafka's 86400000").isEqualTo("broker setting");
        assertThat(row(model, "segment.bytes").valueProperty().get()).as("not described: Kafka's default")
                .isEqualTo(TopicConfigCatalog.get().keys().get("segment.bytes").defaultValue());

        model.searchProperty().set("COMPACT lag");
        assertThat(model.rows()).extracting(TopicConfigRow::key)
                .contains("min.compaction.lag.ms", "max.compaction.lag.ms").doesNotContain("retention.ms");
        model.searchProperty().set("");
        assertThat(model.rows().size()).isEqualTo(TopicConfigCatalog.get().keys().size());
    }

    /** As New topic takes retention.ms: a time in words for any key in milliseconds, sent as milliseconds. */
    @Test
    void aTimeInMillisecondsMayBeTypedAsDaysHoursOrMinutes() {
        TopicConfigsViewModel model = model();
        TopicConfigRow retention = row(model, "retention.ms");
        retention.valueProperty().set("1h");
        assertThat(retention.problemProperty().get()).isEmpty();
        row(model, "delete.retention.ms").valueProperty().set("3d");
        assertThat(row(model, "delete.retention.ms").changed()).as("3 days: what it is already").isFalse();
        retention.valueProperty().set("an hour");
        assertThat(retention.problemProperty().get()).as("not a time").isNotEmpty();
        retention.valueProperty().set(" 2h ");

        assertThat(model.apply(this::send).join()).isTrue();
        assertThat(sent).singleElement().satisfies(edit ->
                assertThat(edit.set()).containsExactly(java.util.Map.entry("retention.ms", "7200000")));
    }

    @Test
    void aValueIsCheckedAsItIsTypedAndOnlyChangesAreSent() {
        TopicConfigsViewModel model = model();
        assertThat(model.summaryProperty().get()).isEqualTo("No changes");
        TopicConfigRow minIsr = row(model, "min.insync.replicas");
        minIsr.valueProperty().set("0");
        assertThat(minIsr.problemProperty().get()).contains("min.insync.replicas");
        assertThat(minIsr.markProperty().get()).isEqualTo(TopicConfigRow.Mark.INVALID);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("A value is not valid: min.insync.replicas");
        assertThat(model.summaryProperty().get()).as("OK is off: it would set nothing").isEmpty();
        assertThat(model.apply(this::send).join()).isFalse();
        assertThat(sent).isEmpty();

        minIsr.valueProperty().set(" 1 ");
        assertThat(minIsr.problemProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        row(model, "retention.ms").resetToDefault();
        assertThat(row(model, "cleanup.policy").override()).isFalse();
        row(model, "cleanup.policy").resetToDefault(); // not the topic's own value: nothing to remove
        assertThat(model.summaryProperty().get()).isEqualTo("OK sets 1 value on the topic and removes 1 override,"
                + " back to the broker's value");

        assertThat(model.apply(this::send).join()).isTrue();
        assertThat(sent).singleElement().satisfies(edit -> {
            assertThat(edit.set()).containsExactly(java.util.Map.entry("min.insync.replicas", "1"));
            assertThat(edit.remove()).containsExactly("retention.ms");
        });

        minIsr.revert();
        row(model, "retention.ms").revert();
        assertThat(model.edit().isEmpty()).isTrue();
    }

    @Test
    void valuesFineAloneButNotTogetherAreNamed() {
        TopicConfigsViewModel model = model();
        row(model, "min.compaction.lag.ms").valueProperty().set("100");
        row(model, "max.compaction.lag.ms").valueProperty().set("50");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isNotEmpty();
    }

    @Test
    void aRefusalByTheClusterKeepsTheTypedTextAndShowsAtItsField() {
        TopicConfigsViewModel model = model();
        TopicConfigRow retention = row(model, "retention.ms");
        retention.valueProperty().set("1000");
        TopicConfigRow local = row(model, "local.retention.ms");
        local.valueProperty().set("500");
        assertThat(model.apply(edit -> CompletableFuture.failedFuture(new AdminException(
                "cannot alter the configs of demo: Invalid value 1000 for configuration retention.ms: too short"))).join())
                .isFalse();
        assertThat(retention.valueProperty().get()).isEqualTo("1000");
        assertThat(retention.problemProperty().get()).contains("too short");
        assertThat(local.problemProperty().get()).as("a key named only as part of another's").isEmpty();
        assertThat(model.problemProperty().get()).startsWith("Not applied: ").contains("too short");
        assertThat(model.validProperty().get()).isFalse();
        retention.valueProperty().set("2000");
        assertThat(retention.problemProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    private CompletableFuture<?> send(ConfigEdit edit) {
        sent.add(edit);
        return CompletableFuture.completedFuture(null);
    }

    @Test
    void minInsyncReplicasAboveTheReplicationFactorTypedOrLeftByAResetIsRefused() {
        TopicConfigsViewModel model = new TopicConfigsViewModel("solo", List.of(
                new TopicConfigEntry("min.insync.replicas", "1", false, "DYNAMIC_TOPIC_CONFIG")),
                TopicConfigCatalog.get(), 1, OptionalInt.of(2));
        TopicConfigRow minIsr = row(model, "min.insync.replicas");

        minIsr.valueProperty().set("2");
        assertThat(minIsr.problemProperty().get()).isEqualTo("min.insync.replicas 2 is above the topic's replication"
                + " factor (1): every acks=all write (the console's default) would fail. Set at most 1");
        assertThat(minIsr.markProperty().get()).isEqualTo(TopicConfigRow.Mark.INVALID);
        assertThat(model.validProperty().get()).isFalse();
        minIsr.valueProperty().set("1");
        assertThat(model.validProperty().get()).isTrue();

        minIsr.resetToDefault();
        assertThat(minIsr.problemProperty().get()).isEqualTo("Reset, min.insync.replicas would be the brokers' 2, above"
                + " the topic's replication factor (1): every acks=all write (the console's default) would fail. Revert,"
                + " and keep the topic's own value of at most 1");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.apply(this::send).join()).isFalse();
        assertThat(sent).isEmpty();
        minIsr.revert();
        assertThat(minIsr.problemProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aResetToABrokerValueTheReplicasCanMeetIsFine() {
        TopicConfigsViewModel model = new TopicConfigsViewModel("trio", List.of(
                new TopicConfigEntry("min.insync.replicas", "1", false, "DYNAMIC_TOPIC_CONFIG")),
                TopicConfigCatalog.get(), 3, OptionalInt.of(2));
        row(model, "min.insync.replicas").resetToDefault();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.edit().remove()).containsExactly("min.insync.replicas");
    }
}
