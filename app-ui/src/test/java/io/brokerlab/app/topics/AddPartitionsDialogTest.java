package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AddPartitionsDialogTest {

    @Test
    void aTotalKafkaWouldRefuseKeepsOkDisabledAndSaysWhy() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            AddPartitionsDialog dialog = new AddPartitionsDialog(null, "orders", 3);
            TextField total = (TextField) dialog.getDialogPane().lookup("#topic-add-partitions-total");
            Label problem = (Label) dialog.getDialogPane().lookup("#topic-add-partitions-problem");
            var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
            assertThat(total.getText()).as("one more to start with").isEqualTo("4");
            assertThat(ok.isDisabled()).isFalse();

            total.setText("3");
            assertThat(problem.getText()).isEqualTo("Partitions can only be added: type more than 3");
            assertThat(ok.isDisabled()).isTrue();
            total.setText("4 more");
            assertThat(problem.getText()).contains("whole number");
            total.setText("1001");
            assertThat(problem.getText()).startsWith("At most 1000 partitions");
            assertThat(ok.isDisabled()).isTrue();

            total.setText(" 6 ");
            assertThat(problem.getText()).isEmpty();
            assertThat(ok.isDisabled()).isFalse();
            assertThat(dialog.getResultConverter().call(ButtonType.OK)).isEqualTo(6);
            assertThat(dialog.getResultConverter().call(ButtonType.CANCEL)).isNull();
            assertThat(dialog.getDialogPane().getContent().lookupAll(".label")).anySatisfy(label ->
                    assertThat(((Label) label).getText()).contains("hash modulo the partition count"));
        });
    }
}
