package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.brokerlab.app.UiTestSupport;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class CreateTopicDialogTest {

    @Test
    void thePartitionsSpinnerNamesAWrongCountWhileItIsTyped() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of());
            ((TextField) dialog.getDialogPane().lookup("#topic-name")).setText("orders");
            Spinner<?> partitions = (Spinner<?>) dialog.getDialogPane().lookup("#topic-partitions");
            Label problem = (Label) dialog.getDialogPane().lookup("#topic-problem");
            assertThat(problem.getText()).isEmpty();

            partitions.getEditor().setText("1x");
            assertThat(problem.getText()).contains("partitions");
            assertThatCode(partitions::commitValue).as("committing garbage, as on focus loss").doesNotThrowAnyException();
            assertThat(problem.getText()).contains("partitions");

            partitions.getEditor().setText("0");
            assertThat(problem.getText()).contains("partitions");

            partitions.getEditor().setText("12");
            assertThat(problem.getText()).isEmpty();
            var create = dialog.getDialogPane().getButtonTypes().get(0);
            assertThat(dialog.getDialogPane().lookupButton(create).isDisabled()).isFalse();
        });
    }
}
