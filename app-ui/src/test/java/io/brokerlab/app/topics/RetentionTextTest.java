package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTextTest {

    @Test
    void aTimeWithItsUnitIsMillisecondsAndMillisecondsAreSaidInTheLargestWholeUnit() {
        assertThat(RetentionText.millis("7d")).hasValue(604_800_000L);
        assertThat(RetentionText.millis(" 12 h ")).hasValue(43_200_000L);
        assertThat(RetentionText.millis("30m")).hasValue(1_800_000L);
        assertThat(RetentionText.millis("90 min")).hasValue(5_400_000L);
        assertThat(RetentionText.millis("2w")).hasValue(1_209_600_000L);
        assertThat(RetentionText.millis("45S")).hasValue(45_000L);
        assertThat(RetentionText.millis("604800000")).hasValue(604_800_000L);
        assertThat(RetentionText.millis("-1")).hasValue(-1L);
        for (String nonsense : List.of("", "7 days", "d", "1.5h", "99999999999999999999", "9223372036854775807w")) {
            assertThat(RetentionText.millis(nonsense)).as(nonsense).isEmpty();
        }

        Map.of(604_800_000L, "1 week", 259_200_000L, "3 days", 3_600_000L, "1 hour", 5_400_000L, "90 minutes",
                45_000L, "45 seconds", 1_500L, "1500 ms", -1L, "forever")
                .forEach((ms, said) -> assertThat(RetentionText.readable(ms)).as("%d ms", ms).isEqualTo(said));
    }

    @Test
    void theCreateDialogsRetentionIsSentInMillisecondsAndSaidInWords() {
        CreateTopicViewModel model = new CreateTopicViewModel(3, List.of());
        model.nameProperty().set("orders");
        model.retentionMsProperty().set("3d");
        assertThat(model.valid()).isTrue();
        assertThat(model.retentionMeaning()).isEqualTo("Kept 3 days (259,200,000 ms)");
        assertThat(model.request().configs()).containsEntry("retention.ms", "259200000");

        model.retentionMsProperty().set("3 days");
        assertThat(model.valid()).isFalse();
        assertThat(model.problemProperty().get()).contains("7d, 12h or 30m");
    }

    @Test
    void theConfigsDialogSaysATimeInWords() {
        assertThat(TopicConfigsDialog.inWords("retention.ms", "259200000")).hasValue("3 days");
        assertThat(TopicConfigsDialog.inWords("retention.ms", "-1")).hasValue("forever");
        assertThat(TopicConfigsDialog.inWords("segment.ms", "1500")).as("no larger unit fits").isEmpty();
        assertThat(TopicConfigsDialog.inWords("retention.bytes", "1073741824")).as("not a time").isEmpty();
    }
}
