package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.testing.TestClusters;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A tombstone with repeated and escaped headers, pasted on separate lines, sent and tailed on a compacted topic, as the
 * user sees it; the tail started and the filter reached by keyboard.
 */
class ConsoleSendUiTest {

    @TempDir
    Path temp;

    private LocalCluster cluster;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void tearDown() throws Exception {
        try {
            UiTestSupport.close(window);
        } finally {
            TestClusters.tearDown(cluster);
        }
    }

    @Test
    void sendsATombstoneWithRepeatedHeadersAndShowsTheNullsAsNulls() throws Exception {
        cluster = TestClusters.started(temp.resolve("ws"), 1, 1);
        try (TopicService topics = new TopicService(KafkaClients.admin(cluster.snapshot().bootstrapServers()))) {
            topics.create(new NewTopicRequest("users", 1, (short) 1, Map.of("cleanup.policy", "compact")));
        }
        window = UiTestSupport.launch(cluster.workspace().dir(), false);
        UiTestSupport.click(robot, "#nav-console");
        ConsoleViewModel model = window.views().stream().filter(ConsoleView.class::isInstance)
                .map(view -> ((ConsoleView) view).model()).findFirst().orElseThrow();
        UiTestSupport.waitFor(30, "the topic offered", () -> model.topics().contains("users"));
        UiTestSupport.onFx(() -> model.topicProperty().set("users"));
        // Enter in the partitions field tails, as the Tail button does
        UiTestSupport.click(robot, "#console-partitions");
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitFor(60, "the tail to connect", () -> model.tail().tailStatusProperty().get().startsWith("Tailing"));
        UiTestSupport.waitFor(5, "the placeholder naming the tailed topic", () -> "Waiting for messages on users"
                .equals(((Labeled) robot.lookup("#console-messages").queryTableView().getPlaceholder()).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        UiTestSupport.waitFor(5, "Ctrl+F in the filter", () -> robot.lookup("#console-filter").query().isFocused());

        UiTestSupport.click(robot, "#console-headers").write("tag=a, tag");
        UiTestSupport.waitFor(5, "the headers' problem as typed", () -> problem().isVisible()
                && ((Labeled) problem()).getText().contains("'tag' has no ="));
        TextField headers = robot.lookup("#console-headers").queryAs(TextField.class);
        assertThat(headers.getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("danger"));
        UiTestSupport.screenshot(window, "console-headers-problem");
        // as a paste puts lines into the one-line field
        UiTestSupport.onFx(() -> {
            headers.selectAll();
            headers.replaceSelection("tag=a\ntag=b\r\nnote=x\\,y");
        });
        UiTestSupport.waitFor(5, "no problem", () -> !problem().isVisible());

        UiTestSupport.click(robot, "#console-key").write("user-1");
        UiTestSupport.click(robot, "#console-null-value");
        assertThat(robot.lookup("#console-value").query().isDisabled()).as("no value to type for a tombstone").isTrue();
        UiTestSupport.click(robot, "#console-send");
        UiTestSupport.waitFor(60, "the tombstone in the tail", () -> model.table().visibleMessages().stream()
                .anyMatch(m -> "user-1".equals(m.key()) && m.valueBytes() == null));
        TailedMessage tombstone = model.table().visibleMessages().get(0);
        assertThat(tombstone.headerList()).containsExactly(new MessageHeader("tag", "a"), new MessageHeader("tag", "b"),
                new MessageHeader("note", "x,y"));

        UiTestSupport.waitFor(10, "the null value's cell, marked", () -> nullCellTexts().contains("∅ null (tombstone)"));
        UiTestSupport.click(robot, "#console-messages .table-row-cell");
        String detail = robot.lookup("#console-detail").queryTextInputControl().getText();
        assertThat(detail).contains("key: user-1\nheader tag: a\nheader tag: b\nheader note: x,y\n")
                .endsWith("∅ null (tombstone)");
        UiTestSupport.screenshots(window, "console-tombstone");
    }

    private Node problem() {
        return robot.lookup("#console-headers-problem").query();
    }

    private java.util.List<String> nullCellTexts() {
        return robot.lookup("#console-messages .table-cell").queryAll().stream()
                .filter(node -> node.getPseudoClassStates().contains(MatchedTextCell.NULL_VALUE))
                .map(node -> ((TableCell<?, ?>) node).getText()).toList();
    }
}
