package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppSettings;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.NoSuchPartitionException;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The console's panes laid out for real (Monocle), without a cluster. */
class ConsolePanesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        // the app's theme, whose paddings are the ones the widths must hold with
        UiTestSupport.onFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void everyTailControlStaysOnScreenAtTheLargestTextSize() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            // the tail's side of a 1400 px window at the largest text, its sidebar and publish form wider too
            Scene scene = new Scene(pane, 700, 800);
            pane.setStyle("-fx-font-size: " + AppSettings.MAX_FONT + "px;");
            pane.applyCss();
            pane.layout();
            for (String id : List.of("#console-tail", "#console-start", "#console-partitions", "#console-pause",
                    "#console-follow", "#console-format", "#console-filter", "#console-received")) {
                Node control = pane.lookup(id);
                assertThat(control).as("%s laid out, not in an overflow menu", id).isNotNull();
                assertThat(control.getScene()).as("%s shown, not in an overflow menu", id).isSameAs(scene);
                Bounds bounds = control.localToScene(control.getBoundsInLocal());
                assertThat(bounds.getMinX()).as("%s from the left edge", id).isGreaterThanOrEqualTo(0);
                assertThat(bounds.getMaxX()).as("%s within the width", id).isLessThanOrEqualTo(scene.getWidth());
            }
        });
    }

    @AfterEach
    void hideStage() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void theTailBarKeepsItsControlsInPlaceWhicheverStartFormatOrPauseIsPicked() {
        UiTestSupport.onFx(() -> {
            for (double font : List.of(Font.getDefault().getSize(), AppSettings.MAX_FONT)) {
                ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
                Parent pane = (Parent) new TailPane(model).root();
                new Scene(pane, 700, 800);
                pane.setStyle("-fx-font-size: " + font + "px;");
                Map<String, Point2D> first = null;
                for (StartMode mode : StartMode.values()) {
                    for (ValueFormat format : ValueFormat.values()) {
                        for (boolean paused : List.of(false, true)) {
                            model.tail().startModeProperty().set(mode);
                            model.table().formatProperty().set(format);
                            model.table().pausedProperty().set(paused);
                            // as two pulses: a combo box puts its chosen item's cell in on the first, styled on the next
                            for (int pulse = 0; pulse < 2; pulse++) {
                                pane.applyCss();
                                pane.layout();
                            }
                            Map<String, Point2D> where = new LinkedHashMap<>();
                            for (String id : List.of("#console-format", "#console-follow", "#console-pause",
                                    "#console-partitions", "#console-filter", "#console-messages")) {
                                Node control = pane.lookup(id);
                                Bounds bounds = control.localToScene(control.getLayoutBounds());
                                where.put(id, new Point2D(bounds.getMinX(), bounds.getMinY()));
                            }
                            if (first == null) {
                                first = where;
                            } else {
                                assertThat(where).as("at %s px, %s, %s, %s", font, mode, format,
                                        paused ? "paused" : "not paused").isEqualTo(first);
                            }
                        }
                    }
                }
            }
        });
    }

    @Test
    void pickingAStartOrAFormatFromItsOpenedListMovesNothingElse() throws Exception {
        ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene((Parent) new TailPane(model).root(), 700, 800));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        Map<String, Point2D> before = positions(robot);
        // an opened list measures its rows, and a box that took their width then would have pushed the others on
        UiTestSupport.click(robot, "#console-start");
        robot.clickOn("From offset");
        UiTestSupport.waitFor(5, "From offset picked", () -> model.tail().startModeProperty().get() == StartMode.OFFSET);
        UiTestSupport.click(robot, "#console-format");
        robot.clickOn("JSON");
        UiTestSupport.waitFor(5, "JSON picked", () -> model.table().formatProperty().get() == ValueFormat.JSON);
        assertThat(positions(robot)).isEqualTo(before);
    }

    private static Map<String, Point2D> positions(FxRobot robot) {
        Map<String, Point2D> where = new LinkedHashMap<>();
        UiTestSupport.onFx(() -> {
            for (String id : List.of("#console-start", "#console-format", "#console-follow", "#console-partitions")) {
                Node control = robot.lookup(id).query();
                Bounds bounds = control.localToScene(control.getLayoutBounds());
                where.put(id, new Point2D(bounds.getMinX(), bounds.getMinY()));
            }
        });
        return where;
    }

    @Test
    void whyATailCannotStartIsSaidInTheEmptyTableAndTheWrongFieldIsMarked() {
        AtomicReference<Parent> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Platform::runLater);
            model.attach(cluster(new CopyOnWriteArrayList<>()));
            model.topics().setAll("demo");
            model.topicProperty().set("demo");
            Parent pane = (Parent) new TailPane(model).root();
            shown.set(pane);
            new Scene(pane, 700, 800);
            pane.applyCss();
            pane.layout();
            TextField startValue = (TextField) pane.lookup("#console-start-value");
            model.tail().startModeProperty().set(StartMode.OFFSET);
            model.tail().startValueProperty().set("abc");
            model.tail().startTail();
            assertThat(placeholder(pane)).isEqualTo("The offset must be a number");
            assertThat(startValue.getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("danger"));
            assertThat(startValue.getTooltip().getText()).isEqualTo("The offset must be a number");
            model.tail().startValueProperty().set("5");
            assertThat(startValue.getPseudoClassStates()).noneMatch(state -> state.getPseudoClassName().equals("danger"));
            assertThat(placeholder(pane)).isEqualTo("Press Tail to read demo");
            model.tail().tailPartitionsProperty().set("7");
            model.tail().startTail();
        });
        UiTestSupport.waitFor(10, "the missing partition in the empty table", () -> placeholder(shown.get())
                .equals("demo has partitions 0–2; there is no partition 7: change Partitions, or leave it empty for all"));
        UiTestSupport.onFx(() -> {
            assertThat(shown.get().lookup("#console-partitions").getPseudoClassStates())
                    .anyMatch(state -> state.getPseudoClassName().equals("danger"));
            // the long reason in the summary beside it does not squeeze the format box to a blank
            shown.get().applyCss();
            shown.get().layout();
            javafx.scene.control.Control format = (javafx.scene.control.Control) shown.get().lookup("#console-format");
            assertThat(format.getWidth()).isGreaterThanOrEqualTo(format.prefWidth(-1) - 0.5);
        });
    }

    @Test
    void tabLeavesTheValueCtrlEnterSendsAndATypedTopicIsTakenOnceTypingPauses() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        List<String> topics = new CopyOnWriteArrayList<>();
        ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Platform::runLater);
        AtomicReference<Parent> shown = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            model.attach(cluster(sent));
            model.topics().setAll("orders", "big");
            model.topicProperty().set("orders");
            model.topicProperty().addListener((o, was, now) -> topics.add(now));
            TailPane tail = new TailPane(model);
            shown.set((Parent) tail.root());
            stage.setScene(new Scene(new SplitPane(new PublishPane(model).root(), tail.root()), 1200, 800));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        UiTestSupport.click(robot, "#console-topic");
        TextField editor = robot.lookup("#console-topic").queryAs(ComboBox.class).getEditor();
        UiTestSupport.onFx(editor::selectAll);
        robot.write("big");
        UiTestSupport.waitFor(10, "the typed topic taken", () -> "big".equals(model.topicProperty().get()));
        assertThat(editor.isFocused()).as("taken while still typing in it").isTrue();
        assertThat(topics).as("no half-typed name taken on the way").containsExactly("big");
        UiTestSupport.waitFor(5, "the table's hint following it", () -> placeholder(shown.get())
                .equals("Press Tail to read big"));

        UiTestSupport.click(robot, "#console-value").write("x");
        robot.type(KeyCode.TAB);
        UiTestSupport.waitFor(5, "Tab moving on, to Send", () -> robot.lookup("#console-send").query().isFocused());
        assertThat(model.publishing().valueProperty().get()).isEqualTo("x");

        UiTestSupport.click(robot, "#console-value");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        UiTestSupport.waitFor(10, "Ctrl+Enter sending", () -> sent.equals(List.of("big: x")));
        assertThat(model.publishing().valueProperty().get()).as("no new line typed").isEqualTo("x");
        assertThat(robot.lookup("#console-send").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Send (Ctrl+Enter)");
    }

    @Test
    void aDeletedTopicLeavesTheTopicBoxEmptyAndSaysWhy() throws Exception {
        ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Platform::runLater);
        AtomicReference<Parent> shown = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            model.attach(cluster(new CopyOnWriteArrayList<>()));
            model.topics().setAll("orders", "scratch");
            model.topicProperty().set("scratch");
            TailPane tail = new TailPane(model);
            shown.set((Parent) tail.root());
            stage.setScene(new Scene(new SplitPane(new PublishPane(model).root(), tail.root()), 1200, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        ComboBox<?> box = robot.lookup("#console-topic").queryAs(ComboBox.class);
        UiTestSupport.waitFor(5, "scratch shown", () -> "scratch".equals(box.getEditor().getText()));
        // as the Topics view's list comes in after the delete: replaced whole
        UiTestSupport.onFx(() -> model.topics().setAll("orders"));
        UiTestSupport.waitFor(5, "the box emptied", () -> box.getEditor().getText().isEmpty()
                && box.getValue() == null);
        assertThat(model.topicProperty().get()).isNull();
        assertThat(robot.lookup("#console-send-status").queryLabeled().getText())
                .isEqualTo("scratch is no longer on the cluster: pick another topic");
    }

    @Test
    void theTailLineIsTwoLinesHighWhateverItSaysSoTheTableDoesNotMove() {
        UiTestSupport.onFx(() -> {
            for (double font : List.of(Font.getDefault().getSize(), 20.0, 26.0)) {
                ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
                Parent pane = (Parent) new TailPane(model).root();
                pane.setStyle("-fx-font-size: " + font + "px;");
                new Scene(pane, 860, 640);
                pane.applyCss();
                Node table = pane.lookup("#console-messages");
                Label line = (Label) pane.lookup("#console-received");
                Map<String, Double> tops = new LinkedHashMap<>();
                String longest = "3,264 received · 170 held while paused · Tailing orders from the beginning · press"
                        + " Restart tail to read partitions 0,2 from now (clears the table) · and more, and more, and"
                        + " more, and more, and more, and more, and more";
                for (String status : List.of("", "Tailing orders from the beginning", longest)) {
                    model.tail().tailStatusProperty().set(status);
                    // as two pulses: a combo box puts its chosen item's cell in on the first, styled on the next
                    for (int pulse = 0; pulse < 2; pulse++) {
                        pane.applyCss();
                        pane.layout();
                    }
                    tops.put(status, table.localToScene(table.getLayoutBounds()).getMinY());
                }
                assertThat(tops.values()).as("the table's top at %s px", font).containsOnly(tops.get(""));
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) line.lookup(".text");
                assertThat(drawn.getText()).as("cut visibly").endsWith(line.getEllipsisString());
                assertThat(line.getTooltip().getText()).as("whole in its tooltip").endsWith(longest);
            }
        });
    }

    @Test
    void atTheLargestTextATimeOfDayAndAShortKeyStayWholeInTheTable() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            pane.setStyle("-fx-font-size: " + AppSettings.MAX_FONT + "px;");
            new Scene(pane, 860, 640);
            for (int pulse = 0; pulse < 2; pulse++) {
                pane.applyCss();
                pane.layout();
            }
            javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) pane.lookup("#console-messages");
            Font font = Font.font(AppSettings.MAX_FONT);
            assertThat(table.getColumns().get(2).getWidth()).as("Time").isGreaterThan(widthOf("22:20:21.712", font));
            assertThat(table.getColumns().get(3).getWidth()).as("Key").isGreaterThan(widthOf("order-42", font));
        });
    }

    private static double widthOf(String text, Font font) {
        javafx.scene.text.Text drawn = new javafx.scene.text.Text(text);
        drawn.setFont(font);
        return drawn.getLayoutBounds().getWidth();
    }

    @Test
    void withNoBrokerSendAndTailAreOffAndBothSidesSayWhy() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            model.attach(cluster(new CopyOnWriteArrayList<>()));
            model.topics().setAll("orders");
            model.topicProperty().set("orders");
            Parent root = new SplitPane(new PublishPane(model).root(), new TailPane(model).root());
            new Scene(root, 1200, 760);
            root.applyCss();
            root.layout();
            Button send = (Button) root.lookup("#console-send");
            Button tail = (Button) root.lookup("#console-tail");
            Label status = (Label) root.lookup("#console-send-status");
            Parent tailPane = (Parent) ((SplitPane) root).getItems().get(1);
            assertThat(send.getText()).isEqualTo("Send 1");
            assertThat(send.isDisabled()).isFalse();
            assertThat(tail.isDisabled()).isFalse();

            String why = "No broker is running (0 of 2): start the cluster (Ctrl+Shift+U)";
            model.noBrokerProperty().set(why);
            root.applyCss();
            root.layout();
            assertThat(send.isDisabled()).isTrue();
            assertThat(tail.isDisabled()).isTrue();
            // a disabled button shows no tooltip: the text is where the eye goes after pressing
            assertThat(status.getText()).isEqualTo(why);
            assertThat(status.getStyleClass()).contains(Styles.WARNING);
            assertThat(placeholder(tailPane)).isEqualTo(why);

            model.noBrokerProperty().set(null);
            assertThat(send.isDisabled()).isFalse();
            assertThat(tail.isDisabled()).isFalse();
            assertThat(status.getText()).isEmpty();
            assertThat(status.getStyleClass()).doesNotContain(Styles.WARNING);
            assertThat(placeholder(tailPane)).isEqualTo("Press Tail to read orders");
            assertThat(((Button) root.lookup("#console-stop-tail")).getText()).as("named by what it stops")
                    .isEqualTo("Stop tail");
            assertThat(((javafx.scene.control.Labeled) root.lookup("#console-pause")).getText()).isEqualTo("Pause view");
        });
    }

    /**
     * The publish side of a 1366x768 window at each text size the header offers (its width and height as the app gives
     * it there): Send and the status under it in view, the form scrolling instead, its fields never narrower than
     * {@link StackingForm#NARROWEST_FIELD_EM} ems; and Send staying put as the status wraps to more lines.
     */
    @Test
    void atEachTextSizeOn1366x768SendAndItsStatusStayInViewAndTheFieldsKeepTheirWidth() {
        UiTestSupport.onFx(() -> {
            for (double[] size : List.of(new double[] {14, 355, 688}, new double[] {20, 315, 675},
                    new double[] {26, 312, 661})) {
                double font = size[0];
                ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
                Parent pane = (Parent) new PublishPane(model).root();
                pane.getStylesheets().add(ConsolePanesTest.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
                pane.setStyle("-fx-font-size: " + font + "px;");
                Scene scene = new Scene(pane, size[1], size[2]);
                model.publishing().sendStatusProperty().set("1 sent · last: partition 2 · offset 1023");
                pane.applyCss();
                pane.layout();
                Node send = pane.lookup("#console-send");
                Node status = pane.lookup("#console-send-status");
                Node results = pane.lookup("#console-send-results");
                assertThat(status.localToScene(status.getLayoutBounds()).getMaxY()).as("the status at %s px", font)
                        .isLessThanOrEqualTo(results.localToScene(results.getLayoutBounds()).getMinY());
                assertThat(results.localToScene(results.getLayoutBounds()).getMaxY()).as("the results at %s px", font)
                        .isLessThanOrEqualTo(scene.getHeight());
                assertThat(results.getLayoutBounds().getHeight()).as("a result or two at %s px", font)
                        .isGreaterThanOrEqualTo(font * 3);
                Node key = pane.lookup("#console-key");
                assertThat(key.getLayoutBounds().getWidth()).as("the Key field at %s px", font)
                        .isGreaterThanOrEqualTo(StackingForm.NARROWEST_FIELD_EM * font);
                javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) pane.lookup("#console-publish-form");
                boolean scrolls = form.getContent().getLayoutBounds().getHeight() > form.getViewportBounds().getHeight();
                assertThat(scrolls).as("the form scrolls at %s px", font).isEqualTo(font > 14);

                double sendAt = send.localToScene(send.getLayoutBounds()).getMinY();
                model.publishing().sendStatusProperty().set("Sent 843 of 100,000 · 101 failed (first: no"
                        + " acknowledgement in time: partitions of orders that have 1 in-sync replica)");
                pane.applyCss();
                pane.layout();
                assertThat(send.localToScene(send.getLayoutBounds()).getMinY()).as("Send at %s px", font)
                        .isEqualTo(sendAt);
            }
        });
    }

    @Test
    void atALaptopsSizeTheTailLineWrapsWholeTheDetailHasRoomAndTheFilterMarksItsMatch() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            pane.getStylesheets().add(ConsolePanesTest.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
            // the tail's side of a 1366x768 window: the sidebar and the publish form take the rest of its width
            new Scene(pane, 860, 640);
            MessageTableViewModel messages = model.table();
            messages.pausedProperty().set(true);
            messages.add(messages(0, MessageTableViewModel.MAX_ROWS + 700), 0);
            model.tail().tailStatusProperty().set("Tailing orders from the beginning");
            pane.applyCss();
            pane.layout();
            Label line = (Label) pane.lookup("#console-received");
            assertThat(line.getText()).contains("(the newest; older ones let go) · Tailing orders from the beginning");
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) line.lookup(".text");
            assertThat(drawn.getText()).as("wrapped, not cut").isEqualTo(line.getText());
            assertThat(line.getHeight()).as("two lines").isGreaterThan(line.getFont().getSize() * 2);

            TextArea detail = (TextArea) pane.lookup("#console-detail");
            assertThat(detail.getHeight()).as("the detail's share").isGreaterThan(200);

            messages.pausedProperty().set(false);
            messages.filterProperty().set("VALUE 499");
            pane.applyCss();
            pane.layout();
            assertThat(messages.visibleMessages()).isNotEmpty();
            assertThat(pane.lookupAll(".filter-match")).as("the matched text marked in the rows").isNotEmpty()
                    .allSatisfy(match -> assertThat(((Label) match).getText()).isEqualTo("value 499"));
            assertThat(((TextField) pane.lookup("#console-filter")).getTooltip().getText())
                    .contains("Only the newest 5,000 messages the tail holds are searched");
            messages.formatProperty().set(io.brokerlab.launcher.messaging.ValueFormat.HEX);
            pane.applyCss();
            pane.layout();
            assertThat(pane.lookupAll(".filter-match")).as("in HEX, the bytes of the matched text marked")
                    .isNotEmpty().allSatisfy(match -> assertThat(((Label) match).getText())
                            .isEqualTo("76 61 6c 75 65 20 34 39 39"));
            // 21 characters of hex before the match: cut only in a cell too narrow for the whole value
            messages.filterProperty().set("99");
            pane.applyCss();
            pane.layout();
            assertThat(pane.lookupAll(".filter-match")).as("a whole value that fits is not cut before its match")
                    .isNotEmpty().allSatisfy(match -> assertThat(((Label) ((javafx.scene.layout.HBox) match.getParent())
                            .getChildren().get(0)).getText()).doesNotStartWith("…"));
            messages.filterProperty().set("");
            pane.applyCss();
            pane.layout();
            assertThat(pane.lookupAll(".filter-match")).as("no mark without a filter").isEmpty();
        });
    }

    private static String placeholder(Parent pane) {
        return ((Label) ((TableView<?>) pane.lookup("#console-messages")).getPlaceholder()).getText();
    }

    /** A three-partition cluster that records each send as "topic: value" and has no partition 7 to tail. */
    private static Messaging cluster(List<String> sent) {
        return new Messaging() {
            @Override
            public Sender sender(Acks acks) {
                return new Sender() {
                    @Override
                    public CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value,
                                                              List<MessageHeader> headers) {
                        sent.add(topic + ": " + value);
                        return CompletableFuture.completedFuture(new SendResult(topic, 0, sent.size() - 1, null));
                    }

                    @Override
                    public int partitionCount(String topic) {
                        return 3;
                    }

                    @Override
                    public Optional<String> stallReason(String topic, Integer partition, String key) {
                        return Optional.empty();
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public Tail tail(String topic, StartPosition start, Set<Integer> partitions) {
                throw new NoSuchPartitionException(topic, 3, partitions);
            }
        };
    }

    @Test
    void atAProjectorsTextSizeTheSendStatusIsWholeAndEachResultIsOneLineWithItsWholeTextInATooltip() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            // the publish side of a 1920x1080 window at the Projector text size
            Parent pane = publishPaneAtProjectorSize(model, 470, 1000);
            String reason = "no acknowledgement in time: partitions of orders that have 1 in-sync replica, below"
                    + " min.insync.replicas=2: orders-0, orders-1, orders-2, orders-3, orders-4 and orders-5; acks=all"
                    + " writes to them wait until a replica catches up: start the stopped brokers (acks=1 writes are"
                    + " taken meanwhile, but not readable until then)";
            String status = "Sent 843 of 100,000 · 101 failed (first: " + reason + ")";
            model.publishing().sendStatusProperty().set(status);
            for (int i = 0; i < PublishViewModel.MAX_SEND_RESULTS; i++) {
                model.publishing().sendResults().add(SendRun.FAILED + reason);
            }
            pane.applyCss();
            pane.layout();

            Label shown = (Label) pane.lookup("#console-send-status");
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) shown.lookup(".text");
            assertThat(drawn.getText()).as("wrapped whole, not cut with …").isEqualTo(status);
            ListView<?> results = (ListView<?>) pane.lookup("#console-send-results");
            // the form keeps its height (Send stays put), so a long status takes the list's room down to its least
            assertThat(results.getHeight()).as("a few results still in view").isGreaterThanOrEqualTo(20 * 4);
            assertThat(results.lookupAll(".scroll-bar")).as("no scrolling sideways to rows cut at the pane's edge")
                    .noneMatch(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation()
                            == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
            javafx.scene.control.ListCell<?> row = firstResult(results);
            assertThat(row.getWidth()).as("within the list").isLessThanOrEqualTo(results.getWidth());
            assertThat(((javafx.scene.text.Text) row.lookup(".text")).getText()).as("cut visibly")
                    .endsWith(row.getEllipsisString());
            assertThat(row.getTooltip().getText()).isEqualTo(SendRun.FAILED + reason);
            assertThat(row.getPseudoClassStates()).as("marked failed")
                    .contains(javafx.css.PseudoClass.getPseudoClass("failed"));
        });
    }

    /** {@code model}'s publish pane at the Projector text size (20 px), in a scene of {@code width} x {@code height}. */
    private static Parent publishPaneAtProjectorSize(ConsoleViewModel model, double width, double height) {
        Parent pane = (Parent) new PublishPane(model).root();
        pane.getStylesheets().add(ConsolePanesTest.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
        pane.setStyle("-fx-font-size: 20px;");
        new Scene(pane, width, height);
        return pane;
    }

    private static javafx.scene.control.ListCell<?> firstResult(ListView<?> results) {
        return results.lookupAll(".send-result").stream().map(cell -> (javafx.scene.control.ListCell<?>) cell)
                .filter(cell -> !cell.isEmpty()).findFirst().orElseThrow();
    }

    /** At a projector's text size a sent message's line is cut in the middle: its key's start and its offset stay. */
    @Test
    void aSentMessagesLineKeepsItsOffsetInViewWhenCut() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = publishPaneAtProjectorSize(model, 330, 800);
            model.publishing().sendResults().add("key user-4003 → partition 2 · offset 1335");
            pane.applyCss();
            pane.layout();
            ListView<?> results = (ListView<?>) pane.lookup("#console-send-results");
            javafx.scene.control.ListCell<?> row = firstResult(results);
            String drawn = ((javafx.scene.text.Text) row.lookup(".text")).getText();
            assertThat(drawn).as("cut").contains(row.getEllipsisString()).startsWith("key user").endsWith("offset 1335");
        });
    }

    @Test
    void theTableSelectionStaysOnThePickedMessageAndOnceItIsLetGoNoOtherRowIsSelected() {
        UiTestSupport.onFx(() -> {
            ConsoleViewModel model = new ConsoleViewModel(Runnable::run, Runnable::run);
            Parent pane = (Parent) new TailPane(model).root();
            new Scene(pane, 700, 800);
            pane.applyCss();
            pane.layout();
            @SuppressWarnings("unchecked")
            TableView<TailedMessage> table = (TableView<TailedMessage>) pane.lookup("#console-messages");
            TextArea detail = (TextArea) pane.lookup("#console-detail");
            Label note = (Label) pane.lookup("#console-detail-note");
            MessageTableViewModel messages = model.table();
            messages.add(messages(0, MessageTableViewModel.MAX_ROWS), 0);
            table.getSelectionModel().select(2362);
            TailedMessage picked = table.getSelectionModel().getSelectedItem();

            messages.add(messages(MessageTableViewModel.MAX_ROWS, 2_000), 0);
            pane.layout();
            assertThat(table.getSelectionModel().getSelectedIndex()).as("moved up with its message").isEqualTo(362);
            assertThat(table.getItems().get(362)).isSameAs(picked);
            assertThat(note.isVisible()).isFalse();

            messages.add(messages(MessageTableViewModel.MAX_ROWS + 2_000, 1_000), 0);
            pane.layout();
            assertThat(table.getSelectionModel().getSelectedIndices()).as("no other message selected").isEmpty();
            assertThat(detail.getText()).startsWith("topic orders · partition 1 · offset 2362 ·");
            assertThat(note.isVisible()).isTrue();
            assertThat(note.getText()).contains("newest 5,000 messages");

            table.getSelectionModel().select(5);
            assertThat(detail.getText()).contains(" · offset 3005 · ");
            assertThat(note.isVisible()).isFalse();
            table.getSelectionModel().clearSelection();
            assertThat(detail.getText()).isEqualTo("Select a message to see it in full.");
        });
    }

    private static List<TailedMessage> messages(int from, int count) {
        List<TailedMessage> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(TailedMessage.ofText("orders", i % 3, i, 0L, "k" + i, "value " + i));
        }
        return list;
    }
}
