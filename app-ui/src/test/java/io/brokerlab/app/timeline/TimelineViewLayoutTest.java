package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
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
    void everyColumnStaysWithinTheTableAfterTheThemeChanges() {
        // rows enough for the vertical scroll bar, under which Detail's end went
        UiTestSupport.onFx(() -> {
            for (int i = 0; i < 40; i++) {
                view.model().acceptUserAction(new io.brokerlab.app.UserAction(java.time.Instant.now(), "demo",
                        java.util.OptionalInt.of(i), "move to broker-2 asked", "the move was asked"));
            }
        });
        font(14);
        UiTestSupport.onFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.onFx(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitFor(10, "the columns fitted to the table again (Detail's end was under the scroll bar)",
                () -> {
                    @SuppressWarnings("unchecked")
                    TableView<Object> table = (TableView<Object>) view.root().lookup("#timeline-table");
                    double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                    // the room beside the scroll bar, as the constrained resize policy measures it
                    return columns <= new TableView.ResizeFeatures<>(table, null, 0.0).getContentWidth() + 0.5;
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

    /** Short of room, Event and Detail share it: Detail was left a column of one word a line at a room's size. */
    @Test
    void eventAndDetailShareTheRoomAtALargeRoomsTextSize() {
        UiTestSupport.onFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        font(26);
        UiTestSupport.waitFor(5, "Detail within the table, about seven ems wide", () -> {
            TableColumn<?, ?> detail = table().getColumns().get(table().getColumns().size() - 1);
            TableColumn<?, ?> event = table().getColumns().get(table().getColumns().size() - 2);
            double columns = table().getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            return columns <= table().getWidth() && detail.getWidth() >= 7 * 26 && event.getWidth() >= 10 * 26 - 0.5;
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

    /** The failover's figure is the demo's point: Detail wraps within its column instead of cutting it off. */
    @Test
    void aLongDetailWrapsWholeWithinItsColumn() {
        font(20);
        java.time.Instant t0 = java.time.Instant.parse("2026-11-25T01:00:00Z");
        io.brokerlab.launcher.config.NodeId broker = io.brokerlab.launcher.config.NodeId.broker(1);
        UiTestSupport.onFx(() -> {
            view.model().accept(java.util.List.of(new io.brokerlab.app.NodeEvent(t0,
                    status(broker, io.brokerlab.launcher.cluster.NodeState.RUNNING, null),
                    status(broker, io.brokerlab.launcher.cluster.NodeState.STOPPED, "killed (SIGKILL)"), null)));
            view.model().acceptCluster(java.util.List.of(new io.brokerlab.launcher.state.ClusterEvent(
                    t0.plusMillis(4012), io.brokerlab.launcher.state.EventType.LEADER_CHANGED, "demo", 0, null, null,
                    3, 1, java.util.List.of(3, 2), java.util.List.of(1, 3, 2), null, null, null, null)));
        });
        UiTestSupport.waitFor(5, "the leader change's detail whole on screen", () -> {
            TableColumn<?, ?> detail = table().getColumns().get(table().getColumns().size() - 1);
            return table().lookupAll(".table-cell").stream()
                    .filter(cell -> cell instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == detail
                            && c.getGraphic() instanceof Text t && t.getText().equals("new leader 4.0 s after broker-1 was killed"))
                    .map(cell -> (Text) ((javafx.scene.control.TableCell<?, ?>) cell).getGraphic())
                    .anyMatch(t -> t.getLayoutBounds().getWidth() <= detail.getWidth()
                            && t.getLayoutBounds().getHeight() > 1.5 * t.getFont().getSize()
                            && t.localToScene(t.getLayoutBounds()).getMaxY()
                                    <= t.getParent().localToScene(t.getParent().getLayoutBounds()).getMaxY() + 0.5);
        });
    }

    private static io.brokerlab.launcher.cluster.NodeStatus status(io.brokerlab.launcher.config.NodeId id,
            io.brokerlab.launcher.cluster.NodeState state, String exit) {
        return new io.brokerlab.launcher.cluster.NodeStatus(id, state, java.util.OptionalLong.empty(), 9092, 0,
                java.util.Optional.empty(), false, java.time.Instant.parse("2026-11-25T01:00:00Z"),
                java.util.OptionalLong.empty(), java.util.OptionalLong.empty(), java.util.Optional.ofNullable(exit),
                java.util.List.of(), java.util.Optional.empty(), java.util.OptionalLong.empty());
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
