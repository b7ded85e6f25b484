package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import javafx.stage.WindowEvent;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An invalid value typed into the form shows Kafka's validation error and disables Save; unsaved edits are not
 * lost by picking another node without being asked.
 */
class PropertiesUiTest {

    @TempDir
    Path temp;

    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        UiTestSupport.close(window);
    }

    /** Opens the app on {@code dir} with the Properties view and its form on screen. */
    private PropertiesViewModel openProperties(Path dir) throws Exception {
        window = UiTestSupport.launch(dir, false);
        return PropertiesScreen.open(window, robot);
    }

    @Test
    void showsTheValidationErrorOfAnInvalidValue() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        PropertiesViewModel model = openProperties(dir);
        UiTestSupport.screenshots(window, "properties");

        // a burst of keystrokes within one pulse filters once, after the pause, not once per key
        TextField search = robot.lookup("#properties-search").query();
        List<String> searches = new CopyOnWriteArrayList<>();
        UiTestSupport.onFx(() -> {
            model.searchProperty().addListener((o, was, now) -> searches.add(now));
            for (String typed : List.of("l", "lo", "log", "log.", "log.r", "log.re", "log.ret")) {
                search.setText(typed);
            }
            assertThat(model.searchProperty().get()).isEmpty();
        });
        UiTestSupport.waitFor(10, "the search", () -> "log.ret".equals(model.searchProperty().get()));
        assertThat(searches).containsExactly("log.ret");
        UiTestSupport.onFx(() -> search.setText(""));

        UiTestSupport.click(robot, "#properties-search").write("num.network.threads");
        UiTestSupport.waitFor(10, "the filtered form", () -> "num.network.threads".equals(model.searchProperty().get())
                && robot.lookup("#properties-sheet .text-field").queryAll().size() == 1);
        TextField value = robot.lookup("#properties-sheet .text-field").query();
        robot.doubleClickOn(value).eraseText(value.getText().length() + 1).write("abc");
        UiTestSupport.waitFor(10, "the key's description beside the form", () ->
                "num.network.threads".equals(robot.lookup("#properties-description-key").queryLabeled().getText())
                        && "3".equals(robot.lookup("#properties-description-default").queryLabeled().getText()));
        UiTestSupport.waitFor(10, "the validation error", () ->
                robot.lookup("#properties-problems-title").queryLabeled().getText().startsWith("1 error"));
        assertThat(robot.lookup("#properties-save").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.screenshots(window, "properties-invalid");

        UiTestSupport.click(robot, "#properties-raw");
        UiTestSupport.waitFor(10, "the raw text", () ->
                robot.lookup("#properties-raw-text").query().isVisible());
        TextArea raw = robot.lookup("#properties-raw-text").query();
        UiTestSupport.onFx(() -> raw.positionCaret(raw.getText().indexOf("\nlog.dirs=") + 3));
        UiTestSupport.waitFor(10, "the description of the line under the caret", () ->
                "log.dirs".equals(robot.lookup("#properties-description-key").queryLabeled().getText()));
        UiTestSupport.screenshots(window, "properties-raw");
    }

    /**
     * The problems list appearing under the form shrinks it: the field at its bottom being typed in stays in view.
     * In raw mode the search field finds text in the file, Enter the next occurrence.
     */
    @Test
    void theFieldTypedInStaysInViewAsProblemsAppearAndRawModeFindsText() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        PropertiesViewModel model = openProperties(dir);
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        javafx.scene.control.ScrollPane scroll = scrollAround(robot.lookup("#properties-sheet .text-field").query());
        // the lowest whole-number field on screen with the form scrolled to the top: the one the list would cover
        java.util.concurrent.atomic.AtomicReference<TextField> lowest = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> key = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            scroll.setVvalue(scroll.getVmin());
            sheet.layout();
            for (PropertyEntry entry : model.visibleEntries()) {
                if (entry.info() != null && "int".equals(entry.info().type())
                        && EntryEditors.inputOf(sheet, entry) instanceof TextField input && inView(input, scroll)
                        && (lowest.get() == null || bottomOf(input, scroll) > bottomOf(lowest.get(), scroll))) {
                    lowest.set(input);
                    key.set(entry.key());
                }
            }
        });
        TextField field = lowest.get();
        assertThat(field).as("a whole-number field on screen").isNotNull();
        assertThat(scroll.getViewportBounds().getHeight() - bottomOf(field, scroll))
                .as("near the bottom: under where the problems list comes").isLessThan(100);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(field).eraseText(field.getText().length() + 1).write("abc");
        UiTestSupport.waitFor(10, "the problems listed and the field still in view", () ->
                robot.lookup("#properties-problems").query().isVisible() && inView(field, scroll));
        assertThat(robot.lookup("#properties-problems .list-cell").queryLabeled().getText())
                .as("the key said once").isEqualTo(key.get() + ": Invalid value abc: Not a number of type INT");
        UiTestSupport.waitFor(10, "two rows of the problems list shown, not a strip squeezed by the form", () -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#properties-problems").queryListView();
            javafx.scene.Node cell = list.lookup(".list-cell");
            return list.getHeight() >= 2 * cell.getLayoutBounds().getHeight();
        });
        // a warning that opens with its key is not labelled with it again
        UiTestSupport.onFx(() -> {
            model.entry(key.get()).valueProperty().set("8");
            model.entry("min.insync.replicas").valueProperty().set("4");
        });
        UiTestSupport.waitFor(10, "the replication warning", () -> robot.lookup("#properties-problems .list-cell")
                .queryAll().stream().map(c -> ((javafx.scene.control.Labeled) c).getText())
                .anyMatch(t -> t != null && t.startsWith("min.insync.replicas is 4")));
        UiTestSupport.waitFor(10, "the warning whole to its last words, on as many lines as it needs", () -> robot
                .lookup("#properties-problems .list-cell").queryAll().stream()
                .map(c -> (javafx.scene.control.ListCell<?>) c)
                .filter(c -> c.getText() != null && c.getText().startsWith("min.insync.replicas is 4"))
                .anyMatch(c -> {
                    javafx.scene.text.Text drawn = (javafx.scene.text.Text) ((javafx.scene.layout.HBox) c.getGraphic())
                            .getChildren().get(1);
                    return drawn.getText().equals(c.getText()) && drawn.getLayoutBounds().getHeight()
                            > 1.5 * drawn.getFont().getSize() && c.getHeight() >= drawn.getLayoutBounds().getHeight();
                }));

        UiTestSupport.click(robot, "#properties-raw");
        TextArea raw = robot.lookup("#properties-raw-text").query();
        UiTestSupport.waitFor(10, "the raw text", raw::isVisible);
        UiTestSupport.click(robot, "#properties-search");
        robot.write("LISTENERS=");
        UiTestSupport.waitFor(10, "the first occurrence selected", () ->
                raw.getSelectedText().equals("listeners=") && raw.getSelection().getStart()
                        == raw.getText().toLowerCase().indexOf("listeners="));
        int first = raw.getSelection().getStart();
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitFor(10, "the next one (advertised.listeners=)", () ->
                raw.getSelectedText().equals("listeners=") && raw.getSelection().getStart() > first);
        assertThat(robot.lookup("#properties-find-status").queryLabeled().getText()).isEqualTo("2 of 2");
        robot.write("nowhere");
        UiTestSupport.waitFor(10, "no match said, and no stale selection", () ->
                "No match".equals(robot.lookup("#properties-find-status").queryLabeled().getText())
                        && raw.getSelectedText().isEmpty());

        // a search typed in the form is applied to the text as raw mode opens, not left standing unapplied
        UiTestSupport.click(robot, "#properties-raw");
        UiTestSupport.waitFor(10, "the form again", () -> !raw.isVisible());
        replaceSearch("num.io.threads");
        UiTestSupport.click(robot, "#properties-raw");
        UiTestSupport.waitFor(10, "the search found in the text", () -> raw.isVisible()
                && raw.getSelectedText().equals("num.io.threads")
                && "1 of 1".equals(robot.lookup("#properties-find-status").queryLabeled().getText()));
    }

    private void replaceSearch(String text) {
        UiTestSupport.click(robot, "#properties-search");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    /**
     * In the smallest window the app allows (WindowPlacement's minimum, 960 × 600) the form stays usable: no key
     * name is cut, every value is wide enough to read, and "Only keys in the file" is in view, not in the toolbar's
     * overflow menu.
     */
    @Test
    void theSmallestWindowKeepsKeyNamesWholeAndValuesReadable() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        openProperties(dir);
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(960);
            window.stage().setHeight(600);
        });
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        Node onlyInFile = robot.lookup("#properties-only-in-file").query();
        UiTestSupport.waitFor(10, "the small window laid out", () -> window.stage().getWidth() == 960
                && !keyNames(sheet).isEmpty() && keyNames(sheet).get(0).getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.screenshots(window, "properties-small-window");
        UiTestSupport.onFx(() -> {
            List<javafx.scene.control.Label> names = keyNames(sheet);
            assertThat(names).as("the first group's keys").hasSizeGreaterThan(5);
            for (javafx.scene.control.Label name : names) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) name.lookup(".text");
                assertThat(shown.getText()).as("the name shown, not cut").isEqualTo(name.getText());
                assertThat(name.getWidth()).as(name.getText()).isGreaterThanOrEqualTo(name.prefWidth(-1) - 0.5);
                assertThat(((javafx.scene.layout.Region) name.getLabelFor()).getWidth()).as("its value's width")
                        .isGreaterThanOrEqualTo(EntryEditors.VALUE_MIN_WIDTH);
            }
            assertThat(onlyInFile.getScene()).as("not in an overflow menu").isNotNull();
            assertThat(onlyInFile.isVisible()).isTrue();
            javafx.geometry.Bounds box = onlyInFile.localToScene(onlyInFile.getBoundsInLocal());
            assertThat(box.getMaxX()).as("inside the window").isLessThanOrEqualTo(window.stage().getWidth());
            assertThat(box.getWidth()).as("not cut").isGreaterThanOrEqualTo(onlyInFile.prefWidth(-1) - 0.5);
            javafx.scene.control.ScrollPane scroll = scrollAround(names.get(0));
        });
    }

    /** On a 1366 × 768 laptop the search field's placeholder shows whole, at the usual text size and a projector's. */
    @Test
    void theSearchPlaceholderIsWholeOnALaptopScreen() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        openProperties(dir);
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(1366);
            window.stage().setHeight(768);
        });
        TextField search = robot.lookup("#properties-search").query();
        for (double size : List.of(14.0, 20.0)) {
            UiTestSupport.onFx(() -> window.setFontSize(size));
            UiTestSupport.waitFor(10, "the placeholder whole at " + size + " px", () -> {
                javafx.scene.text.Text placeholder = new javafx.scene.text.Text(search.getPromptText());
                placeholder.setFont(search.getFont());
                return search.getFont().getSize() == size && search.getWidth() >= placeholder.getLayoutBounds()
                        .getWidth() + search.snappedLeftInset() + search.snappedRightInset();
            });
        }
        UiTestSupport.screenshots(window, "properties-search-placeholder");
    }

    /** A search shows every match, whatever group it is in: the groups open one at a time, and would hide some. */
    @Test
    void aSearchShowsEveryMatchNotOnlyThoseOfTheOpenGroup() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        UiTestSupport.onFx(() -> model.searchProperty().set("log.retention"));
        UiTestSupport.waitFor(10, "the matches", () -> model.visibleEntries().contains(model.entry("log.retention.ms"))
                && !model.visibleEntries().contains(model.entry("num.network.threads")));
        UiTestSupport.onFx(() -> {
            assertThat(model.visibleEntries().stream().map(PropertyEntry::group).distinct().count())
                    .as("matches in several groups").isGreaterThan(1);
            sheet.applyCss();
            sheet.layout();
            for (PropertyEntry match : model.visibleEntries()) {
                Node input = EntryEditors.inputOf(sheet, match);
                assertThat(input != null && shown(input)).as(match.key() + " shown").isTrue();
            }
        });
        // a search that finds nothing says so where the keys were
        UiTestSupport.onFx(() -> model.searchProperty().set("no.such.key"));
        UiTestSupport.waitFor(10, "no match said", () -> model.visibleEntries().isEmpty()
                && robot.lookup("#properties-no-match").queryLabeled().isVisible()
                && robot.lookup("#properties-no-match").queryLabeled().getText().equals("No key matches \"no.such.key\"."));
        UiTestSupport.onFx(() -> model.searchProperty().set(""));
        UiTestSupport.waitFor(10, "the groups again", () -> sheet.lookup(".titled-pane") != null
                && !robot.lookup("#properties-no-match").queryLabeled().isVisible());
    }

    /** The key names of the form's open group, each labelling its editor cell. */
    private static List<javafx.scene.control.Label> keyNames(PropertySheet sheet) {
        return sheet.lookupAll(".label").stream()
                .filter(n -> n instanceof javafx.scene.control.Label label && label.getLabelFor() != null
                        && label.getLabelFor().getStyleClass().contains("entry-editor") && shown(label))
                .map(javafx.scene.control.Label.class::cast).toList();
    }

    private static boolean shown(Node node) {
        for (javafx.scene.Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.TitledPane group && !group.isExpanded()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static javafx.scene.control.ScrollPane scrollAround(Node node) {
        for (javafx.scene.Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("no scroll pane around " + node);
    }

    private static double bottomOf(Node field, javafx.scene.control.ScrollPane scroll) {
        return scroll.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMaxY()
                + scroll.getViewportBounds().getMinY();
    }

    private static boolean inView(Node field, javafx.scene.control.ScrollPane scroll) {
        javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = -scroll.getViewportBounds().getMinY();
        return at.getMinY() >= top - 1 && at.getMaxY() <= top + scroll.getViewportBounds().getHeight() + 1;
    }

    /**
     * The field of an invalid value is red and its problem listed; Ctrl+S says why nothing is saved; clicking the
     * problem brings the field back (through a search that hid it) and focuses it; fixed, the mark and the list go.
     */
    @Test
    void anInvalidFieldIsMarkedAndItsProblemLeadsToIt() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        PropertySheet sheet = robot.lookup("#properties-sheet").query();
        Node problems = robot.lookup("#properties-problems").query();
        UiTestSupport.waitFor(10, "a valid file", () -> robot.lookup("#properties-problems-title").queryLabeled()
                .getText().startsWith("Valid"));
        assertThat(problems.isVisible()).as("no empty problems box").isFalse();
        UiTestSupport.onFx(() -> {
            PropertyEntry described = model.selectedProperty().get();
            assertThat(described).as("a key the form shows").isNotNull().isIn(model.visibleEntries());
            assertThat(robot.lookup("#properties-description-key").queryLabeled().getText())
                    .isEqualTo(described.key());
        });

        PropertyEntry threads = model.entry("num.network.threads");
        UiTestSupport.onFx(() -> model.searchProperty().set("num.network.threads"));
        UiTestSupport.waitFor(10, "the key's field", () -> EntryEditors.inputOf(sheet, threads) != null);
        TextField field = (TextField) EntryEditors.inputOf(sheet, threads);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 1).write("abc");
        UiTestSupport.waitFor(10, "the field marked and its problem listed", () ->
                field.getPseudoClassStates().contains(Styles.STATE_DANGER) && problems.isVisible()
                        && model.problems().stream().anyMatch(p -> "num.network.threads".equals(p.key())));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        UiTestSupport.waitFor(10, "why nothing was saved", () -> model.messageProperty().get()
                .startsWith("Not saved: 1 error"));

        UiTestSupport.onFx(() -> model.searchProperty().set("log.retention.bytes"));
        UiTestSupport.waitFor(10, "the key filtered out and no longer described", () ->
                EntryEditors.inputOf(sheet, threads) == null && model.selectedProperty().get() != threads);
        UiTestSupport.click(robot, "#properties-problems .list-cell");
        UiTestSupport.waitFor(10, "the invalid field shown and focused", () -> {
            Node input = EntryEditors.inputOf(sheet, threads);
            return model.searchProperty().get().isEmpty() && input != null && input.isFocused()
                    && input.getPseudoClassStates().contains(Styles.STATE_DANGER)
                    && model.selectedProperty().get() == threads;
        });
        UiTestSupport.screenshots(window, "properties-problem-focused");

        TextField shown = (TextField) EntryEditors.inputOf(sheet, threads);
        robot.type(KeyCode.END).eraseText(shown.getText().length()).write("4");
        UiTestSupport.waitFor(10, "the mark and the problems gone", () ->
                !shown.getPseudoClassStates().contains(Styles.STATE_DANGER) && !problems.isVisible());

        // Ctrl+F (through the view's hook): the search takes the keyboard
        PropertiesPage page = window.views().stream().filter(PropertiesPage.class::isInstance)
                .map(PropertiesPage.class::cast).findFirst().orElseThrow();
        UiTestSupport.onFx(page::focusSearch);
        UiTestSupport.waitFor(10, "the search focused", () -> robot.lookup("#properties-search").query().isFocused());
        // in raw mode the same field finds in the file: Ctrl+F takes the keyboard there too
        UiTestSupport.onFx(() -> {
            model.rawModeProperty().set(true);
            robot.lookup("#properties-nodes").query().requestFocus();
        });
        UiTestSupport.waitFor(10, "the nodes list focused", () -> robot.lookup("#properties-nodes").query().isFocused());
        UiTestSupport.onFx(page::focusSearch);
        UiTestSupport.waitFor(10, "the find focused in raw mode", () -> robot.lookup("#properties-search").query()
                .isFocused());
    }

    /** A real ZooKeeper runs: saving its file offers the restart, and warns that it is the cluster's only one. */
    @Test
    void savingTheOnlyRunningZooKeepersFileOffersARestartWithAWarning() throws Exception {
        Path dir = temp.resolve("ws");
        Workspace workspace = TestClusters.workspace(dir, 1, 1);
        try {
            PropertiesViewModel model = openProperties(dir);
            window.session().cluster().start(NodeId.zookeeper(1)).get(60, TimeUnit.SECONDS);
            UiTestSupport.waitFor(30, "zk-1 running", () -> window.session().snapshotProperty().get() != null
                    && window.session().snapshotProperty().get().node(NodeId.zookeeper(1))
                            .map(n -> n.state().isAlive()).orElse(false));
            ListView<NodeId> nodes = robot.lookup("#properties-nodes").queryListView();
            Platform.runLater(() -> nodes.getSelectionModel().select(NodeId.zookeeper(1)));
            UiTestSupport.waitFor(10, "zk-1's file", () -> NodeId.zookeeper(1).equals(model.nodeProperty().get())
                    && model.entry("tickTime") != null);
            UiTestSupport.onFx(() -> model.entry("tickTime").valueProperty().set("2500"));
            UiTestSupport.waitFor(10, "Save enabled", () -> !robot.lookup("#properties-save").queryButton()
                    .isDisabled());

            UiTestSupport.click(robot, "#properties-save");
            UiTestSupport.waitFor(10, "the restart offer", () -> robot.lookup("#properties-restart-later").tryQuery()
                    .isPresent());
            DialogPane offer = robot.lookup(".dialog-pane").query();
            assertThat(offer.getHeaderText()).isEqualTo("Restart zk-1 to apply the change?");
            assertThat(offer.getContentText()).startsWith("zk-1 runs with its old settings until it restarts:"
                    + " tickTime is saved but not applied.").contains("zk-1 is the cluster's only ZooKeeper")
                    .contains("broker");
            assertThat(robot.lookup("#properties-restart-now").queryButton().getText()).isEqualTo("Restart now");
            assertThat(robot.lookup("#properties-restart-later").queryButton().getText()).isEqualTo("Later");
            // said once: the offer tells what a restart applies; the message only that the file is saved, and the
            // standing note waits for the answer
            Node note = robot.lookup("#properties-restart-note").query();
            assertThat(model.messageProperty().get()).isEqualTo("Saved zookeeper-1.properties");
            assertThat(note.isVisible()).isFalse();
            UiTestSupport.screenshots(window, offer.getScene(), "properties-restart-offer");

            UiTestSupport.click(robot, "#properties-restart-later");
            UiTestSupport.waitFor(10, "saved, not restarted", () -> robot.lookup("#properties-restart-later")
                    .tryQuery().isEmpty() && note.isVisible());
            assertThat(((javafx.scene.control.Label) note).getText()).isEqualTo("Restart needed: zk-1 runs with its"
                    + " old settings until it restarts; saved but not applied: tickTime");
            assertThat(Files.readString(workspace.propertiesFile(NodeId.zookeeper(1)))).contains("tickTime=2500");
        } finally {
            TestClusters.tearDown(LocalCluster.open(workspace));
        }
    }

    @Test
    void f5ShowsAChangeMadeOutsideAndSaveDoesNotOverwriteOne() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        Path file = dir.resolve("server-1.properties");
        Files.writeString(file, Files.readString(file) + "log.retention.hours=99\n");

        robot.type(KeyCode.F5);
        UiTestSupport.waitFor(10, "the reloaded file", () -> model.entry("log.retention.hours") != null
                && "99".equals(model.entry("log.retention.hours").value()));

        UiTestSupport.onFx(() -> model.entry("num.network.threads").valueProperty().set("5"));
        UiTestSupport.waitFor(10, "Save enabled", () -> !robot.lookup("#properties-save").queryButton().isDisabled());
        String outside = Files.readString(file).replace("log.retention.hours=99", "log.retention.hours=12");
        Files.writeString(file, outside);
        UiTestSupport.click(robot, "#properties-save");
        UiTestSupport.click(robot, "#properties-changed-reload");
        UiTestSupport.waitFor(10, "the other change, edits dropped", () -> model.entry("log.retention.hours") != null
                && "12".equals(model.entry("log.retention.hours").value()) && !model.dirtyProperty().get());
        assertThat(Files.readString(file)).isEqualTo(outside);
    }

    @Test
    void pickingAnotherNodeWithUnsavedEditsAsksFirst() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        PropertiesViewModel model = openProperties(dir);
        ListView<NodeId> nodes = robot.lookup("#properties-nodes").queryListView();
        String saved = Files.readString(dir.resolve("server-1.properties"));
        UiTestSupport.onFx(() -> model.entry("num.network.threads").valueProperty().set("5"));
        UiTestSupport.waitFor(10, "Save enabled", () -> !robot.lookup("#properties-save").queryButton().isDisabled());

        Platform.runLater(() -> nodes.getSelectionModel().select(NodeId.broker(2)));
        UiTestSupport.click(robot, "#properties-unsaved-cancel");
        UiTestSupport.waitFor(10, "broker-1 with the edit", () -> NodeId.broker(1).equals(model.nodeProperty().get())
                && NodeId.broker(1).equals(nodes.getSelectionModel().getSelectedItem())
                && "5".equals(model.entry("num.network.threads").value()) && model.dirtyProperty().get());

        Platform.runLater(() -> nodes.getSelectionModel().select(NodeId.broker(2)));
        UiTestSupport.click(robot, "#properties-unsaved-discard");
        UiTestSupport.waitFor(10, "broker-2's file", () -> NodeId.broker(2).equals(model.nodeProperty().get())
                && NodeId.broker(2).equals(nodes.getSelectionModel().getSelectedItem())
                && model.entry("num.network.threads") != null && !model.dirtyProperty().get());
        assertThat(Files.readString(dir.resolve("server-1.properties"))).isEqualTo(saved);
    }

    /**
     * The form's first styling takes a second or two: Ctrl+2 shows at once that Properties is opening, then the form,
     * with the keyboard in it.
     */
    @Test
    void theFirstOpeningSaysSoThenGivesTheFormTheKeyboard() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        window = UiTestSupport.launch(dir, false);
        java.util.concurrent.atomic.AtomicBoolean said = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable watch = () -> said.compareAndSet(false, window.scene().lookup("#view-opening") != null);
        UiTestSupport.onFx(() -> window.scene().addPostLayoutPulseListener(watch));
        robot.targetWindow(window.stage()).push(KeyCode.CONTROL, KeyCode.DIGIT2);
        UiTestSupport.waitFor(20, "the form", () -> robot.lookup("#properties-sheet .text-field").tryQuery().isPresent());
        UiTestSupport.onFx(() -> window.scene().removePostLayoutPulseListener(watch));
        assertThat(said).as("\"Opening Properties…\" drawn first").isTrue();
        UiTestSupport.waitFor(5, "the keyboard in the view", () -> {
            Node root = window.views().get(1).root();
            for (Node at = window.scene().getFocusOwner(); at != null; at = at.getParent()) {
                if (at == root) {
                    return true;
                }
            }
            return false;
        });
        assertThat(window.scene().lookup("#view-opening")).as("gone once the form is there").isNull();
    }

    /** Tab from the search goes on to what it found, not out of the view to the sidebar. */
    @Test
    void tabFromTheSearchGoesToTheForm() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 1);
        openProperties(dir);
        replaceSearch("num.network");
        robot.push(KeyCode.TAB);
        UiTestSupport.waitFor(5, "the focus past the search, in the form", () -> {
            Node form = robot.lookup("#properties-sheet").query().getParent();
            for (Node at = window.scene().getFocusOwner(); at != null; at = at.getParent()) {
                if (at == form) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A card picked in Cluster, then Properties: that node's file; unsaved edits of another file stay shown. */
    @Test
    void theNodePickedInTheClusterViewIsTheFileShown() throws Exception {
        Path dir = temp.resolve("ws");
        TestClusters.workspace(dir, 1, 3);
        PropertiesViewModel model = openProperties(dir);
        assertThat(model.nodeProperty().get()).as("the first broker's file by default").isEqualTo(NodeId.broker(1));

        UiTestSupport.click(robot, "#nav-cluster");
        UiTestSupport.click(robot, "#ports-broker-2");
        UiTestSupport.click(robot, "#nav-properties");
        UiTestSupport.waitFor(10, "broker-2's file", () -> NodeId.broker(2).equals(model.nodeProperty().get())
                && model.entry("broker.id") != null && "2".equals(model.entry("broker.id").value()));

        UiTestSupport.onFx(() -> model.entry("num.network.threads").valueProperty().set("5"));
        UiTestSupport.click(robot, "#nav-cluster");
        UiTestSupport.click(robot, "#ports-zk-1");
        UiTestSupport.click(robot, "#nav-properties");
        UiTestSupport.waitFor(10, "the form shown", () -> robot.lookup("#properties-save").tryQuery().isPresent());
        assertThat(model.nodeProperty().get()).as("the unsaved edit kept in view").isEqualTo(NodeId.broker(2));
        assertThat(model.entry("num.network.threads").value()).isEqualTo("5");
    }

    @Test
    void openingAnotherWorkspaceWithUnsavedEditsAsksFirst() throws Exception {
        Path dir = temp.resolve("ws");
        Path other = temp.resolve("other");
        TestClusters.workspace(dir, 1, 1);
        TestClusters.workspace(other, 1, 1);
        PropertiesViewModel model = openProperties(dir);
        UiTestSupport.onFx(() -> model.entry("num.network.threads").valueProperty().set("5"));
        UiTestSupport.waitFor(10, "Save enabled", () -> !robot.lookup("#properties-save").queryButton().isDisabled());

        Platform.runLater(() -> window.open(other));
        UiTestSupport.click(robot, "#properties-unsaved-cancel");
        UiTestSupport.waitFor(10, "the same workspace with the edit", () ->
                dir.toAbsolutePath().normalize().equals(window.session().directoryProperty().get())
                        && model.dirtyProperty().get());

        // closing the window asks too; Cancel keeps it open with the edit
        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiTestSupport.click(robot, "#properties-unsaved-cancel");
        UiTestSupport.waitFor(10, "the window still open with the edit", () -> window.stage().isShowing()
                && model.dirtyProperty().get());

        Platform.runLater(() -> window.open(other));
        UiTestSupport.click(robot, "#properties-unsaved-discard");
        UiTestSupport.waitFor(30, "the other workspace", () -> window.session().workspaceProperty().get() != null
                && other.toAbsolutePath().normalize().equals(window.session().workspaceProperty().get().dir()));
    }
}
