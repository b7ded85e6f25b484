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
    void aTakenNameIsAProblemAndTheRetentionPromptFitsItsField() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of("orders"));
            var pane = dialog.getDialogPane();
            ((TextField) pane.lookup("#topic-name")).setText("orders");
            assertThat(((Label) pane.lookup("#topic-problem")).getText()).isEqualTo("A topic named orders already exists");
            assertThat(pane.lookupButton(pane.getButtonTypes().get(0)).isDisabled()).isTrue();

            // as the app shows it: its theme and its default 14 px text
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            try {
                javafx.scene.Scene scene = pane.getScene() != null ? pane.getScene() : new javafx.scene.Scene(pane);
                scene.getRoot().setStyle("-fx-font-size: 14px;");
                scene.getRoot().applyCss();
                pane.resize(pane.prefWidth(-1), pane.prefHeight(-1));
                pane.layout();
                TextField retention = (TextField) pane.lookup("#topic-retention");
                javafx.scene.text.Text prompt = new javafx.scene.text.Text(retention.getPromptText());
                prompt.setFont(retention.getFont());
                // the form gives a field its preferred width (the dialog on screen does, whatever this layout did)
                double room = Math.min(retention.getWidth(), retention.prefWidth(-1));
                assertThat(prompt.getLayoutBounds().getWidth()).as("the prompt, not cut")
                        .isLessThan(room - retention.getPadding().getLeft() - retention.getPadding().getRight());
            } finally {
                javafx.application.Application.setUserAgentStylesheet(null);
            }
        });
    }

    @Test
    void aFreshDialogHintsAtTheNameAndOnlyTypingMakesAProblemRed() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of("orders"));
            Label problem = (Label) dialog.getDialogPane().lookup("#topic-problem");
            assertThat(problem.getText()).isEqualTo("Give the topic a name");
            assertThat(problem.getStyleClass()).contains(atlantafx.base.theme.Styles.TEXT_MUTED)
                    .doesNotContain(atlantafx.base.theme.Styles.DANGER);

            TextField name = (TextField) dialog.getDialogPane().lookup("#topic-name");
            name.setText("orders");
            assertThat(problem.getStyleClass()).contains(atlantafx.base.theme.Styles.DANGER)
                    .doesNotContain(atlantafx.base.theme.Styles.TEXT_MUTED);
            name.setText("");
            assertThat(problem.getText()).isEqualTo("Give the topic a name");
            assertThat(problem.getStyleClass()).as("emptied on purpose: now it is a problem")
                    .contains(atlantafx.base.theme.Styles.DANGER);
        });
    }

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

    @Test
    void aNarrowDialogShrinksTheFieldsNotTheirNames() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of());
            var pane = dialog.getDialogPane();
            javafx.scene.Scene scene = pane.getScene() != null ? pane.getScene() : new javafx.scene.Scene(pane);
            scene.getRoot().applyCss();
            pane.resize(360, pane.prefHeight(360));
            pane.layout();
            Label minIsr = (Label) pane.lookupAll(".label").stream()
                    .filter(n -> n instanceof Label l && "min.insync.replicas".equals(l.getText()))
                    .findFirst().orElseThrow();
            assertThat(minIsr.getWidth()).as("min.insync.replicas, not cut").isGreaterThanOrEqualTo(minIsr.prefWidth(-1));
        });
    }

    @Test
    void aLongProblemWrapsWholeInTheShownDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        java.util.concurrent.atomic.AtomicReference<CreateTopicDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of());
            ((TextField) dialog.getDialogPane().lookup("#topic-name")).setText("demo");
            dialog.show();
            shown.set(dialog);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] createWas = new double[1];
        UiTestSupport.onFx(() -> {
            createWas[0] = shown.get().getDialogPane().lookup("#topic-create").localToScreen(0, 0).getY();
            // sized for a valid form: now a message of two lines
            ((TextField) shown.get().getDialogPane().lookup("#topic-name")).setText("demo topic!");
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                pane.getScene().getRoot().applyCss();
                pane.getScene().getRoot().layout();
                Label problem = (Label) pane.lookup("#topic-problem");
                assertThat(problem.getText()).contains("remove the space, '!'");
                String drawn = problem.lookupAll(".text").stream().map(n -> ((javafx.scene.text.Text) n).getText())
                        .collect(java.util.stream.Collectors.joining());
                assertThat(drawn.replace("\n", " ").replaceAll("\\s+", " ").trim())
                        .as("wrapped, not cut with an ellipsis").isEqualTo(problem.getText());
                assertThat(problem.getTooltip().getText()).isEqualTo(problem.getText());
                javafx.scene.Node create = pane.lookup("#topic-create");
                assertThat(problem.localToScene(problem.getLayoutBounds()).getMaxY())
                        .as("above the buttons, not under them").isLessThanOrEqualTo(create.localToScene(0, 0).getY());
                // within a pixel of rounding: two lines measured from the font, and as laid out
                assertThat(create.localToScreen(0, 0).getY()).as("Create where it was: the room was there")
                        .isCloseTo(createWas[0], org.assertj.core.data.Offset.offset(1.5));
            });
        } finally {
            UiTestSupport.onFx(() -> {
                shown.get().setResult(null);
                shown.get().close();
            });
        }
    }
}
