package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class TopicConfigsDialogTest {

    private final List<ConfigEdit> sent = new ArrayList<>();
    private final AtomicReference<TopicConfigsDialog> dialog = new AtomicReference<>();
    private CompletableFuture<Object> reply = CompletableFuture.completedFuture(null);

    @Test
    void aWrongValueIsNamedAtItsFieldAndOkSendsOnlyTheChange() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet()));
        try {
            UiTestSupport.onFx(() -> {
                open();
                TextField value = lookup("#topic-configs-value");
                assertThat(value.getText()).isEqualTo("2");
                // as narrow as the dialog opens on a laptop
                var pane = dialog.get().getDialogPane();
                pane.resize(560, pane.getHeight());
                pane.layout();
                List<javafx.scene.control.TableCell<?, ?>> from = dialog.get().getDialogPane()
                        .lookupAll(".table-cell").stream().<javafx.scene.control.TableCell<?, ?>>map(n ->
                                (javafx.scene.control.TableCell<?, ?>) n)
                        .filter(c -> !c.isEmpty() && c.getText() != null && "From".equals(c.getTableColumn().getText()))
                        .toList();
                assertThat(from).as("the rows' origins").isNotEmpty().allSatisfy(cell -> assertThat(
                        ((javafx.scene.text.Text) cell.lookup(".text")).getText()).as("whole, not cut with …")
                        .isEqualTo(cell.getText()));
                value.setText("0");
                assertThat(this.<Label>lookup("#topic-configs-field-problem").getText())
                        .contains("min.insync.replicas").contains("at least 1");
                assertThat(ok().isDisabled()).isTrue();
            });
            // as a user sees it, when screenshots are asked for
            UiTestSupport.screenshot(dialog.get().getDialogPane().getScene(), "topic-configs-dialog");
            UiTestSupport.onFx(() -> {
                this.<TextField>lookup("#topic-configs-value").setText("1");
                assertThat(this.<Label>lookup("#topic-configs-field-problem").getText()).isEmpty();
                assertThat(ok().isDisabled()).isFalse();
                ok().fire();
                assertThat(sent).singleElement().satisfies(edit -> {
                    assertThat(edit.set()).containsOnlyKeys("min.insync.replicas");
                    assertThat(edit.remove()).isEmpty();
                });
                assertThat(dialog.get().getResult()).isEqualTo(ButtonType.OK);
            });
        } finally {
            UiTestSupport.onFx(() -> Application.setUserAgentStylesheet(null));
        }
    }

    @Test
    void whileOkAppliesTheChangesTheDialogCannotBeCancelledOrClosed() throws Exception {
        FxToolkit.registerPrimaryStage();
        reply = new CompletableFuture<>();
        UiTestSupport.onFx(() -> {
            open();
            dialog.get().show();
            try {
                this.<TextField>lookup("#topic-configs-value").setText("1");
                ok().fire();
                Button cancel = (Button) dialog.get().getDialogPane().lookupButton(ButtonType.CANCEL);
                assertThat(cancel.isDisabled()).isTrue();
                dialog.get().close();
                assertThat(dialog.get().isShowing()).as("the change still reaches the cluster").isTrue();

                reply.complete(null);
                assertThat(dialog.get().isShowing()).isFalse();
                assertThat(dialog.get().getResult()).isEqualTo(ButtonType.OK);
                assertThat(cancel.isDisabled()).isFalse();
            } finally {
                dialog.get().hide();
            }
        });
    }

    @Test
    void enterInTheSearchFieldNeitherAppliesNorCloses() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            open();
            dialog.get().show();
            try {
                this.<TextField>lookup("#topic-configs-value").setText("1");
                TextField search = lookup("#topic-configs-search");
                search.requestFocus();
                KeyEvent.fireEvent(search, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                        false, false));
                assertThat(dialog.get().isShowing()).isTrue();
                assertThat(sent).as("the edit waits for OK").isEmpty();
            } finally {
                dialog.get().hide();
            }
        });
    }

    /** A search that hides the key being edited: the editor shows it no more, and its edit waits for it. */
    @Test
    void aKeyTheSearchHidesLeavesTheEditorAndKeepsItsEdit() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            open();
            this.<TextField>lookup("#topic-configs-value").setText("1");
            this.<TextField>lookup("#topic-configs-search").setText("retention");
            assertThat(this.<Label>lookup("#topic-configs-editing").getText())
                    .isEqualTo(TopicConfigsDialog.NONE_SELECTED);
            assertThat(this.<TextField>lookup("#topic-configs-value").getText()).isEmpty();

            this.<TextField>lookup("#topic-configs-search").setText("insync");
            TableView<TopicConfigRow> table = lookup("#topic-configs-table");
            table.getSelectionModel().select(0);
            assertThat(this.<Label>lookup("#topic-configs-editing").getText()).startsWith("min.insync.replicas");
            assertThat(this.<TextField>lookup("#topic-configs-value").getText()).as("the edit kept").isEqualTo("1");
        });
    }

    /** The dialog laid out in a scene of its own, min.insync.replicas found by the search and selected. */
    private void open() {
        TopicConfigsViewModel model = new TopicConfigsViewModel("demo", List.of(
                new TopicConfigEntry("retention.ms", "60000", false, "DYNAMIC_TOPIC_CONFIG"),
                new TopicConfigEntry("min.insync.replicas", "2", false, "STATIC_BROKER_CONFIG")),
                TopicConfigCatalog.get(), 3, OptionalInt.empty());
        dialog.set(new TopicConfigsDialog(null, model, edit -> {
            sent.add(edit);
            return reply;
        }));
        var pane = dialog.get().getDialogPane();
        Scene scene = pane.getScene() != null ? pane.getScene() : new Scene(pane);
        scene.getStylesheets().add(TopicsView.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
        this.<TextField>lookup("#topic-configs-search").setText("insync");
        TableView<TopicConfigRow> table = lookup("#topic-configs-table");
        table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.key().equals("min.insync.replicas")).findFirst().orElseThrow());
        pane.applyCss();
        pane.resize(pane.prefWidth(-1), pane.prefHeight(-1));
        pane.layout();
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String query) {
        return (T) dialog.get().getDialogPane().lookup(query);
    }

    private Button ok() {
        return (Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK);
    }
}
