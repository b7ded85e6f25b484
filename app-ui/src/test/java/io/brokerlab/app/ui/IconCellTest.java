package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
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
}
