package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class DeleteTopicConfirmationTest {

    @Test
    void enterKeepsTheTopicAndDeleteMustBeChosen() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Alert confirm = DeleteTopicConfirmation.of(null, "orders", null);
            Button delete = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
            Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
            assertThat(cancel.isDefaultButton()).isTrue();
            assertThat(delete.isDefaultButton()).isFalse();
            assertThat(delete.getText()).isEqualTo("Delete");
            assertThat(confirm.getContentText()).contains("orders").contains("cannot be undone");

            Alert onWindows = DeleteTopicConfirmation.of(null, "orders", "Windows may lose the broker");
            assertThat(onWindows.getAlertType()).isEqualTo(Alert.AlertType.WARNING);
            assertThat(((Button) onWindows.getDialogPane().lookupButton(ButtonType.OK)).getText())
                    .isEqualTo("Delete anyway");
        });
    }
}
