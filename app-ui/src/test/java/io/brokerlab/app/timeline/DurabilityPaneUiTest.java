package io.brokerlab.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.MainWindow;
import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.verify.DurabilityCheckException;
import io.brokerlab.launcher.verify.DurabilityReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The durability check's pane as a user sees its outcomes, in the room the Timeline view has in a 1366x768 window
 * (less the sidebar, header and status bar): a refusal, a verdict, the progress of a run.
 */
class DurabilityPaneUiTest {

    private static final String REFUSAL = "Nothing was sent: all 6 partitions of orders have 1 in-sync replica, fewer"
            + " than min.insync.replicas=2, so Kafka refuses acks=all writes to them (NOT_ENOUGH_REPLICAS). broker-2 is"
            + " down: start it; run the check again once its replicas are back in sync (the Topics view, or brokerlab"
            + " topic describe orders, shows the ISR).";

    private final FxRobot robot = new FxRobot();
    private Session session;
    private TimelineView view;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        // the check completes on the FX thread, as in the app
        session = new Session(Platform::runLater);
        UiTestSupport.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new TimelineView(session);
            Scene scene = new Scene((Parent) view.root(), 1184, 690);
            scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() {
        UiTestSupport.onFx(() -> stage.close());
        session.close();
    }

    @Test
    void aRefusedCheckIsAWarningWithItsReasonUntilTheTopicChanges() {
        runs((options, phase, progress) -> {
            phase.accept("producing");
            throw new DurabilityCheckException(REFUSAL);
        });
        UiTestSupport.click(robot, "#durability-run");
        UiTestSupport.waitFor(10, "the refusal", () -> node("#durability-problem").isVisible());
        UiTestSupport.onFx(() -> {
            Node notice = node("#durability-problem");
            Label title = (Label) node("#durability-problem-title");
            Label detail = (Label) node("#durability-problem-detail");
            assertThat(notice.getStyleClass()).contains("durability-notice", Styles.WARNING);
            assertThat(((javafx.scene.layout.Region) notice).getBackground().getFills())
                    .as("tinted, not one more grey paragraph").isNotEmpty();
            assertThat(title.getText()).as("and when, as the cluster may have mended since")
                    .matches("The check did not run · \\d\\d:\\d\\d:\\d\\d");
            assertThat(title.getStyleClass()).contains(Styles.WARNING);
            assertThat(title.getGraphic()).isInstanceOf(FontIcon.class);
            assertThat(title.getTextFill()).as("in the warning colour").isNotEqualTo(detail.getTextFill());
            assertThat(detail.getText()).isEqualTo(REFUSAL);
            assertThat(status().getText()).as("said once").isEmpty();
        });
        UiTestSupport.waitFor(5, "the refusal whole and within the pane", () ->
                wholeWithinThePane("#durability-problem-title") && wholeWithinThePane("#durability-problem-detail"));

        UiTestSupport.onFx(() -> view.durability().topicProperty().set("payments"));

        UiTestSupport.waitFor(5, "the refusal gone with its topic", () -> {
            Node notice = node("#durability-problem");
            return !notice.isVisible() && !notice.isManaged();
        });
    }

    @Test
    void theVerdictStandsOutInItsToneWithWhatItMeansAndTheBadFiguresColoured() {
        runs((options, phase, progress) -> report(2_000, 37, 2));
        UiTestSupport.click(robot, "#durability-run");
        UiTestSupport.waitFor(10, "the verdict", () -> node("#durability-verdict").isVisible());
        UiTestSupport.onFx(() -> {
            Label headline = (Label) node("#durability-verdict-headline");
            Label explanation = (Label) node("#durability-verdict-explanation");
            assertThat(headline.getText()).isEqualTo("Not intact: 37 lost");
            assertThat(headline.getStyleClass()).contains(Styles.DANGER);
            assertThat(headline.getFont().getSize()).as("larger than the pane's text")
                    .isGreaterThan(1.3 * explanation.getFont().getSize());
            assertThat(FontWeight.findByName(headline.getFont().getStyle().split(" ")[0])).as("bold")
                    .isIn(FontWeight.BOLD, FontWeight.EXTRA_BOLD, FontWeight.BLACK);
            assertThat(explanation.getText()).isEqualTo("37 of 2,000 acknowledged messages are missing: writes the"
                    + " cluster acknowledged were lost. Also 2 were read back more than once.");
            assertThat(node("#durability-lost").getStyleClass()).contains(Styles.DANGER);
            assertThat(node("#durability-duplicated").getStyleClass()).contains(Styles.WARNING);
            assertThat(node("#durability-out-of-order").getStyleClass()).contains(Styles.SUCCESS);
            assertThat(node("#durability-failed").getStyleClass())
                    .doesNotContain(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
        });
        UiTestSupport.waitFor(5, "the verdict whole and within the pane", () ->
                wholeWithinThePane("#durability-verdict-headline")
                        && wholeWithinThePane("#durability-verdict-explanation"));

        runs((options, phase, progress) -> report(2_000, 0, 0));
        UiTestSupport.click(robot, "#durability-run");
        UiTestSupport.waitFor(10, "intact", () -> ((Label) node("#durability-verdict-headline")).getText()
                .equals("Intact"));
        UiTestSupport.onFx(() -> {
            assertThat(node("#durability-verdict-headline").getStyleClass()).contains(Styles.SUCCESS)
                    .doesNotContain(Styles.DANGER);
            assertThat(((Label) node("#durability-verdict-explanation")).getText())
                    .isEqualTo("All 2,000 acknowledged messages were read back once, in order.");
            assertThat(node("#durability-lost").getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        });
    }

    @Test
    void aRunShowsHowManyWereSentOfTheTotalThenThatItReadsBack() throws Exception {
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch readBack = new CountDownLatch(1);
        runs((options, phase, progress) -> {
            phase.accept("producing");
            for (int i = 0; i < 1_240; i++) {
                progress.sentOne();
                progress.answered(true);
            }
            counted.await(10, TimeUnit.SECONDS);
            phase.accept("reading back");
            readBack.await(10, TimeUnit.SECONDS);
            return report(2_000, 0, 0);
        });
        UiTestSupport.click(robot, "#durability-run");
        // the view's ticker reads the launcher's counts a few times a second
        UiTestSupport.waitFor(10, "the counts so far", () -> ((Label) node("#durability-progress-text")).getText()
                .equals("1,240 of 2,000 sent, 1,240 acknowledged"));
        UiTestSupport.onFx(() -> {
            ProgressBar bar = (ProgressBar) node("#durability-progress");
            assertThat(node("#durability-running").isVisible()).isTrue();
            assertThat(bar.getProgress()).isEqualTo(0.62, org.assertj.core.data.Offset.offset(0.001));
        });
        counted.countDown();
        UiTestSupport.waitFor(10, "the read-back", () -> ((Label) node("#durability-progress-text")).getText()
                .equals("Reading back 1,240 messages…")
                && ((ProgressBar) node("#durability-progress")).isIndeterminate());
        readBack.countDown();
        UiTestSupport.waitFor(10, "the progress gone with the run", () -> !node("#durability-running").isVisible()
                && !node("#durability-running").isManaged() && node("#durability-verdict").isVisible());
    }

    private void runs(DurabilityViewModel.Runner runner) {
        UiTestSupport.onFx(() -> {
            view.durability().runner(runner);
            view.durability().topicProperty().set("orders");
            view.durability().messagesProperty().set(2_000);
        });
    }

    private static DurabilityReport report(long acknowledged, long lost, long duplicated) {
        return new DurabilityReport("orders", "all", acknowledged, Duration.ofSeconds(2),
                List.of(new DurabilityReport.PartitionResult(0, acknowledged, acknowledged, 0,
                        acknowledged - lost + duplicated, lost, duplicated, 0, 0)), List.of());
    }

    private Node node(String id) {
        return view.root().lookup(id);
    }

    private Label status() {
        return (Label) node("#durability-status");
    }

    /** Not cut to "…" for want of height, nor wider than the pane beside the timeline. FX thread. */
    private boolean wholeWithinThePane(String id) {
        Label label = (Label) node(id);
        Node pane = node("#durability-pane");
        Bounds inPane = pane.sceneToLocal(label.localToScene(label.getLayoutBounds()));
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .anyMatch(shown -> ((Text) shown).getText().equals(label.getText()))
                && inPane.getMaxX() <= pane.getLayoutBounds().getMaxX() + 0.5;
    }
}
