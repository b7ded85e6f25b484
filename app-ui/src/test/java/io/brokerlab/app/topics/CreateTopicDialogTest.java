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
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of("orders"), "");
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
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of("orders"), "");
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

            TextField minIsr = (TextField) dialog.getDialogPane().lookup("#topic-min-isr");
            TextField retention = (TextField) dialog.getDialogPane().lookup("#topic-retention");
            minIsr.setText("4");
            retention.setText("abc");
            assertThat(java.util.List.of(name, minIsr, retention)).as("the wrong fields marked, the empty name not")
                    .extracting(f -> f.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER))
                    .containsExactly(false, true, true);
            assertThat(problem.getText().lines()).as("and all named").hasSize(3);
            // what the settings of a failover demo do, where they are set
            assertThat(minIsr.getTooltip().getText()).contains("acks=all", "one broker may be down");
            assertThat(((javafx.scene.control.Control) dialog.getDialogPane().lookup("#topic-partitions")).getTooltip()
                    .getText()).startsWith("Kafka keeps order within a partition");
        });
    }

    @Test
    void thePartitionsSpinnerNamesAWrongCountWhileItIsTyped() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of(), "");
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
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of(), "");
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
            CreateTopicDialog dialog = new CreateTopicDialog(null, 3, java.util.List.of(), "");
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

    @Test
    void otherConfigsOpenOnALineWhoseKeyIsCompletedAndWhoseValueIsCheckedWithinTheScreen() throws Exception {
        javafx.stage.Stage owner = FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1366, 768));
            owner.show();
        });
        javafx.collections.ListChangeListener<javafx.stage.Window> styler = UiTestSupport.textSizeAsShown(14);
        java.util.concurrent.atomic.AtomicReference<CreateTopicDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            // the app's theme, whose colours the completion popup's stylesheet must find
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            javafx.stage.Window.getWindows().addListener(styler);
            CreateTopicDialog dialog = new CreateTopicDialog(owner, 3, java.util.List.of(), "");
            dialog.model().others().catalog(io.brokerlab.launcher.config.TopicConfigCatalog.get());
            ((TextField) dialog.getDialogPane().lookup("#topic-name")).setText("events");
            dialog.show();
            shown.set(dialog);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] closedHeight = new double[1];
        // the completion popup: ControlsFX's stylesheet looks up Modena's colours, which the app's theme names otherwise
        io.brokerlab.app.CssWarnings css = io.brokerlab.app.CssWarnings.collect();
        try {
            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                closedHeight[0] = pane.getScene().getWindow().getHeight();
                javafx.scene.control.TitledPane others = (javafx.scene.control.TitledPane) pane.lookup("#topic-other-configs");
                assertThat(others.isExpanded()).as("the common configs first, the others on request").isFalse();
                others.setExpanded(true);
            });
            UiTestSupport.waitFor(5, "the first line's key focused", () -> shown.get().getDialogPane()
                    .lookup(".other-config-key").isFocused());
            UiTestSupport.onFx(() -> ((TextField) shown.get().getDialogPane().lookup(".other-config-key")).setText("segm"));
            UiTestSupport.waitFor(5, "Kafka's keys offered", () -> completionsShown().contains("segment.ms"));
            UiTestSupport.onFx(() -> assertThat(completionsShown()).as("those beginning so, in order")
                    .containsExactly("segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms"));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(css.warnings()).as("the popup styled by the theme").isEmpty();

            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                ((TextField) pane.lookup(".other-config-key")).setText("segment.ms");
                TextField value = (TextField) pane.lookup(".other-config-value");
                value.setText("abc");
                assertThat(((Label) pane.lookup("#topic-problem")).getText())
                        .isEqualTo("Invalid value abc for configuration segment.ms: Not a number of type LONG");
                assertThat(value.getPseudoClassStates()).contains(atlantafx.base.theme.Styles.STATE_DANGER);
                assertThat(pane.lookup("#topic-create").isDisabled()).isTrue();
                value.setText("3600000");
                assertThat(value.getPseudoClassStates()).doesNotContain(atlantafx.base.theme.Styles.STATE_DANGER);
                assertThat(pane.lookup("#topic-create").isDisabled()).isFalse();
                assertThat(shown.get().model().request().configs()).containsEntry("segment.ms", "3600000");
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                pane.getScene().getRoot().applyCss();
                pane.getScene().getRoot().layout();
                javafx.stage.Window window = pane.getScene().getWindow();
                assertThat(window.getHeight()).as("taller for the section").isGreaterThan(closedHeight[0]);
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                assertThat(window.getY()).isGreaterThanOrEqualTo(screen.getMinY());
                assertThat(window.getY() + window.getHeight()).as("on the screen").isLessThanOrEqualTo(screen.getMaxY());
                Label facts = (Label) pane.lookup(".other-config-facts");
                assertThat(facts.getText()).startsWith("long · Kafka's default 604800000");
                assertThat(facts.localToScene(facts.getLayoutBounds()).getMaxY()).as("the line whole, above the buttons")
                        .isLessThanOrEqualTo(pane.lookup("#topic-create").localToScene(0, 0).getY());
                ((javafx.scene.control.TitledPane) pane.lookup("#topic-other-configs")).setExpanded(false);
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.onFx(() -> {
                assertThat(shown.get().getDialogPane().getScene().getWindow().getHeight()).as("closed, as short again")
                        .isCloseTo(closedHeight[0], org.assertj.core.data.Offset.offset(1.5));
                assertThat(shown.get().model().request().configs()).as("closed, still sent").containsKey("segment.ms");
            });
        } finally {
            css.close();
            UiTestSupport.onFx(() -> {
                javafx.application.Application.setUserAgentStylesheet(null);
                javafx.stage.Window.getWindows().removeListener(styler);
                shown.get().setResult(null);
                shown.get().close();
            });
            FxToolkit.cleanupStages();
        }
    }

    /** The keys the completion popup lists, in order; empty when none shows. FX thread. */
    private static java.util.List<String> completionsShown() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-view").stream())
                .flatMap(list -> ((javafx.scene.control.ListView<?>) list).getItems().stream())
                .map(String::valueOf).toList();
    }
}
