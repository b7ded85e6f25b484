package io.brokerlab.app.ui;

import io.brokerlab.app.UiTestSupport;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ColumnEmsTest {

    private final AtomicReference<Stage> stage = new AtomicReference<>();

    @AfterEach
    void close() {
        UiTestSupport.onFx(() -> stage.get().close());
    }

    @Test
    void columnsThatCannotFitScrollSidewaysAndFitTheTableAgainOnceTheyCan() throws Exception {
        FxToolkit.registerPrimaryStage();
        ColumnEms widths = new ColumnEms();
        TableView<String> table = widths.table(FXCollections.observableArrayList(List.of("a", "b", "c")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String name : List.of("One", "Two", "Three")) {
            table.getColumns().add(widths.atLeast(TextColumn.of(name, s -> s), 10));
        }
        UiTestSupport.onFx(() -> {
            stage.set(new Stage());
            StackPane root = new StackPane(table);
            root.setStyle("-fx-font-size: 14px;");
            stage.get().setScene(new Scene(root, 300, 200));
            stage.get().show();
        });

        UiTestSupport.waitFor(10, "every column at its least width, the last reached by a sideways scroll bar", () ->
                table.getColumns().stream().allMatch(c -> c.getWidth() >= 10 * 14 - 0.5)
                        && sidewaysBar(table).isVisible());

        UiTestSupport.onFx(() -> stage.get().setWidth(700));
        UiTestSupport.waitFor(10, "the columns fitted to the wider table, no sideways scroll bar", () -> {
            double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            double room = new TableView.ResizeFeatures<>(table, null, 0.0).getContentWidth();
            return !sidewaysBar(table).isVisible() && Math.abs(columns - room) <= 1;
        });
    }

    private static ScrollBar sidewaysBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar;
            }
        }
        throw new AssertionError("no horizontal scroll bar in the table");
    }
}
