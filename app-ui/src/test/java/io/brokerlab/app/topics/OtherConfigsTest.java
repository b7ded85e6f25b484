package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.admin.WindowsDataSafety;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherConfigsTest {

    private final CreateTopicViewModel model = new CreateTopicViewModel(3, List.of(), WindowsDataSafety.forThisMachine());

    @Test
    void anyTopicConfigIsSentWithTheCommonOnesOnceKafkaWouldTakeItsValue() {
        model.nameProperty().set("events");
        model.retentionMsProperty().set("7d");
        model.others().catalog(TopicConfigCatalog.get());
        OtherConfig segment = model.others().add();
        assertThat(model.valid()).as("an empty line is no problem").isTrue();

        segment.keyProperty().set("segment.ms");
        assertThat(model.problemProperty().get()).isEqualTo("Give segment.ms a value");
        assertThat(segment.problemAtKeyProperty().get()).isFalse();
        assertThat(segment.factsProperty().get())
                .isEqualTo("long · Kafka's default 604800000 (1 week) · valid values [1,...]");
        assertThat(segment.documentationProperty().get()).isNotEmpty();
        segment.valueProperty().set("abc");
        assertThat(model.problemProperty().get()).as("Kafka's own words, as the configs dialog says them")
                .isEqualTo("Invalid value abc for configuration segment.ms: Not a number of type LONG");
        assertThat(model.valid()).isFalse();
        segment.valueProperty().set(" 3600000 ");
        assertThat(model.valid()).isTrue();

        assertThat(model.request().configs()).containsOnly(Map.entry("retention.ms", "604800000"),
                Map.entry("segment.ms", "3600000"));
    }

    @Test
    void aKeyKafkaDoesNotKnowOrOneSetTwiceOrAboveIsMarkedAtTheKey() {
        model.nameProperty().set("events");
        model.others().catalog(TopicConfigCatalog.get());
        OtherConfig line = model.others().add();
        line.keyProperty().set("segm");
        assertThat(model.problemProperty().get()).isEqualTo("Unknown topic config name: segm");
        assertThat(line.problemAtKeyProperty().get()).isTrue();
        assertThat(line.factsProperty().get()).isEmpty();

        line.keyProperty().set("retention.ms");
        line.valueProperty().set("1000");
        assertThat(model.problemProperty().get()).isEqualTo("retention.ms has its own field above");

        line.keyProperty().set("max.message.bytes");
        OtherConfig again = model.others().add();
        again.keyProperty().set("max.message.bytes ");
        again.valueProperty().set("2000");
        assertThat(model.problemProperty().get()).isEqualTo("max.message.bytes is set twice: keep one");
        model.others().remove(again);
        assertThat(model.valid()).isTrue();

        OtherConfig keyless = model.others().add();
        keyless.valueProperty().set("5");
        assertThat(model.problemProperty().get()).isEqualTo("Name the config to set to 5");
        assertThat(keyless.problemAtKeyProperty().get()).isTrue();
    }

    @Test
    void valuesFineAloneAreCheckedTogetherWithTheCommonFields() {
        model.nameProperty().set("events");
        model.others().catalog(TopicConfigCatalog.get());
        OtherConfig min = model.others().add();
        min.keyProperty().set("min.compaction.lag.ms");
        min.valueProperty().set("10000");
        OtherConfig max = model.others().add();
        max.keyProperty().set("max.compaction.lag.ms");
        max.valueProperty().set("5000");
        assertThat(model.problemProperty().get()).contains("min.compaction.lag.ms (10000) > max.compaction.lag.ms (5000)");
        max.valueProperty().set("50000");
        assertThat(model.valid()).isTrue();
    }

    @Test
    void untilKafkasDefinitionsLoadAConfigTypedWaitsForThemAndNoKeyIsOffered() {
        model.nameProperty().set("events");
        OtherConfig line = model.others().add();
        assertThat(model.valid()).isTrue();
        assertThat(model.others().completions("segm")).isEmpty();
        line.keyProperty().set("segment.ms");
        line.valueProperty().set("abc");
        assertThat(model.problemProperty().get()).startsWith("Reading Kafka's topic config definitions to check"
                + " segment.ms");

        model.others().catalog(TopicConfigCatalog.get());
        assertThat(model.problemProperty().get()).contains("Not a number of type LONG");
    }

    @Test
    void keysAreCompletedFromKafkasTopicConfigNamesThoseBeginningAsTypedFirstWithoutTheKeysSet() {
        model.others().catalog(TopicConfigCatalog.get());
        assertThat(model.others().completions("segm")).containsExactly("segment.bytes", "segment.index.bytes",
                "segment.jitter.ms", "segment.ms");
        assertThat(model.others().completions("SEGMENT.M")).containsExactly("segment.ms");
        assertThat(model.others().completions("index")).as("those beginning so first")
                .containsExactly("index.interval.bytes", "segment.index.bytes");
        assertThat(model.others().completions("retention")).as("its own field above")
                .doesNotContain("retention.ms").contains("retention.bytes");
        model.others().add().keyProperty().set("segment.ms");
        assertThat(model.others().completions("segm")).doesNotContain("segment.ms");
        assertThat(model.others().completions("segment.bytes")).as("typed whole: nothing to complete").isEmpty();
        assertThat(model.others().completions(" ")).isEmpty();
        assertThat(model.others().completions("e")).hasSize(OtherConfigs.MOST_COMPLETIONS);
    }
}
