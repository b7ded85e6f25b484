package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

class IconCellTest {

    /** Runs {@code test} on the FX thread with a new cell that shows a count of offline partitions. */
    private static void withCell(Consumer<IconCell<String, Integer>> test) throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> test.accept(new IconCell<>(offline -> offline > 0
                ? new IconCell.Look(offline + " offline", Feather.X_OCTAGON, "problem-error")
                : new IconCell.Look("healthy", Feather.CHECK_CIRCLE, null), List.of("problem-error"))));
    }

    @Test
    void anUpdateChangesTextStyleAndGlyphButKeepsTheIconNode() throws Exception {
        withCell(cell -> {
            cell.updateItem(2, false);
            Node icon = cell.getGraphic();
            assertThat(cell.getText()).isEqualTo("2 offline");
            assertThat(cell.getTooltip().getText()).as("the whole text, for a column that cuts it").isEqualTo("2 offline");
            assertThat(cell.getStyleClass()).contains("problem-error");
            assertThat(((FontIcon) icon).getIconCode()).isEqualTo(Feather.X_OCTAGON);

            cell.updateItem(0, false);

            assertThat(cell.getGraphic()).as("the same icon node, its glyph changed").isSameAs(icon);
            assertThat(((FontIcon) icon).getIconCode()).isEqualTo(Feather.CHECK_CIRCLE);
            assertThat(cell.getText()).isEqualTo("healthy");
            assertThat(cell.getStyleClass()).doesNotContain("problem-error");
        });
    }

    @Test
    void theSameLookAgainLeavesTheStyleClassesAlone() throws Exception {
        withCell(cell -> {
            cell.updateItem(2, false);
            java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
            cell.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> changes.incrementAndGet());

            cell.updateItem(3, false);
            cell.updateItem(3, false);

            assertThat(cell.getText()).isEqualTo("3 offline");
            assertThat(changes.get()).as("each change has the cell's style matched again").isZero();
            cell.updateItem(0, false);
            assertThat(changes.get()).isEqualTo(1);
        });
    }

    @Test
    void anEmptyRowShowsNothing() throws Exception {
        withCell(cell -> {
            cell.updateItem(1, false);

            cell.updateItem(null, true);

            assertThat(cell.getText()).isNull();
            assertThat(cell.getGraphic()).isNull();
            assertThat(cell.getStyleClass()).doesNotContain("problem-error");
        });
    }

    @Test
    void aWrappingCellsRowGrowsToShowTheWholeText() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            String health = "2 offline · 6 below min ISR: acks=all refused · 6 under-replicated";
            TableView<String> table = new TableView<>(FXCollections.observableArrayList(health, "healthy"));
            TableColumn<String, String> column = new TableColumn<>("Health");
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> IconCell.wrapping(text -> new IconCell.Look(text, Feather.X_OCTAGON, null),
                    List.of()));
            column.setPrefWidth(160);
            table.getColumns().add(column);
            new Scene(table, 200, 300);
            // as pulses do: the cells get their width, then the text wraps to it, then the rows take its height
            for (int pulse = 0; pulse < 3; pulse++) {
                table.applyCss();
                table.layout();
            }

            List<IconCell<?, ?>> cells = table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof IconCell<?, ?> c && !c.isEmpty()).<IconCell<?, ?>>map(n -> (IconCell<?, ?>) n)
                    .toList();
            assertThat(cells).hasSize(2);
            Text first = (Text) ((HBox) cells.get(0).getGraphic()).getChildren().get(1);
            assertThat(first.getText()).as("drawn whole, not cut with …").isEqualTo(health);
            assertThat(cells.get(0).getHeight()).as("three lines or so, the row grown for them")
                    .isGreaterThan(cells.get(1).getHeight() * 1.8);
        });
    }
}
