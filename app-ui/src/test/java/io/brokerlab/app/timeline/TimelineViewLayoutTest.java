package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Timeline view as the window lays it out at 1400x900 (less the sidebar, header and status bar). */
class TimelineViewLayoutTest {

    private Session session;
    private TimelineView view;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        session = new Session(Runnable::run);
        UiTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            view = new TimelineView(session);
            stage = new Stage();
            stage.setScene(new Scene((Parent) view.root(), 1180, 780));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        UiTestSupport.onFx(() -> stage.close());
        session.close();
    }

    private void font(double px) {
        UiTestSupport.onFx(() -> view.root().setStyle("-fx-font-size: " + px + "px;"));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.onFx(() -> view.root().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDurabilityFormsLabelsAreWholeAfterTheTextGrewAndShrankAgain() {
        for (double px = 14; px <= 17; px++) {
            font(px);
        }
        for (double px = 17; px >= 14; px--) {
            font(px);
        }
        UiTestSupport.onFx(() -> {
            for (String name : new String[] {"Topic", "Messages", "Per second"}) {
                assertThat(shownText(label(name))).as(name).isEqualTo(name);
            }
        });
    }

    @Test
    void detailStaysReadableWithProjectorSizedText() {
        font(20);
        UiTestSupport.onFx(() -> {
            TableView<?> table = (TableView<?>) view.root().lookup("#timeline-table");
            TableColumn<?, ?> detail = table.getColumns().get(table.getColumns().size() - 1);
            double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(columns).as("every column, Detail the last, within the table").isLessThanOrEqualTo(table.getWidth());
            assertThat(detail.getWidth()).as("Detail a dozen characters wide at least").isGreaterThanOrEqualTo(12 * 20 * 0.5);
        });
    }

    @Test
    void timeGapAndPlaceAreWholeAtTheNormalSizeAndTheTableGetsItsShareBackAfterATextSizeRoundTrip() {
        font(14);
        double tableBefore = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> table().getWidth());
        UiTestSupport.onFx(() -> {
            assertThat(table().getColumns().get(0).getWidth()).as("Time").isGreaterThanOrEqualTo(cellWidth("02:41:13.835"));
            assertThat(table().getColumns().get(1).getWidth()).as("After prev.").isGreaterThanOrEqualTo(cellWidth("After prev."));
            assertThat(table().getColumns().get(2).getWidth()).as("Where").isGreaterThanOrEqualTo(cellWidth("ZooKeeper"));
        });
        for (double px = 15; px <= 20; px++) {
            font(px);
        }
        for (double px = 19; px >= 14; px--) {
            font(px);
        }
        assertThat(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> table().getWidth())).isCloseTo(tableBefore, org.assertj.core.data.Offset.offset(2.0));
    }

    private TableView<?> table() {
        return (TableView<?>) view.root().lookup("#timeline-table");
    }

    /** A cell's text at the view's font, with the cell's padding (a third of an em on each side, as the theme's). */
    private double cellWidth(String text) {
        Text probe = new Text(text);
        probe.setFont(label("Topic").getFont());
        return probe.getLayoutBounds().getWidth() + 0.66 * probe.getFont().getSize();
    }

    private Label label(String text) {
        return view.root().lookupAll(".label").stream().filter(n -> n instanceof Label l && text.equals(l.getText()))
                .map(Label.class::cast).findFirst().orElseThrow();
    }

    /** What the label shows: its text, or an elided "Messa…". */
    private static String shownText(Label label) {
        for (Node n : label.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }
}
