package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.PortAllocator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class CreateClusterDialogTest {

    /** No cluster shown, or none running: nothing to ask before Create. */
    private static final Function<Path, CompletableFuture<Boolean>> NOTHING_RUNS =
            dir -> CompletableFuture.completedFuture(true);

    /**
     * Not deleted after each test: the wizard's folder check runs on a thread of its own and probes the folder's
     * nearest existing parent, this one, with a directory it creates and removes at once; JUnit's deletion meeting
     * that moment failed a test ("DirectoryNotEmptyException"). The probe leaves nothing behind.
     */
    @TempDir(cleanup = CleanupMode.NEVER)
    Path temp;

    /**
     * The app's text size reaches the dialog only as it shows, after it was laid out at the default size: at a
     * projector's 20 px the form kept the pane it had at 14 px, its labels cut to "epers" and "oker port".
     */
    @Test
    void theFormKeepsItsWholeWidthWhenTheTextGrowsAfterTheFirstLayout() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateClusterDialog dialog = new CreateClusterDialog(null, temp.resolve("lab"), NOTHING_RUNS);
            DialogPane pane = dialog.getDialogPane();
            for (double[] size : new double[][] {{14, 1040, 680}, {20, 1480, 960}, {26, 1872, 1032}}) {
                pane.setStyle("-fx-font-size: " + size[0] + "px;");
                pane.applyCss();
                pane.resize(size[1], size[2]);
                pane.layout();
                pane.layout();
                Node left = ((javafx.scene.layout.HBox) pane.getContent()).getChildren().get(0);
                assertThat(left.getLayoutBounds().getWidth()).as("the form's side at %s px", size[0])
                        .isGreaterThanOrEqualTo(left.minWidth(-1) - 1);
            }
        });
    }

    @Test
    void everySpinnerTakesTypedDigitsOnEnter() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateClusterDialog dialog = new CreateClusterDialog(null, temp.resolve("lab"), NOTHING_RUNS);
            List<Spinner<?>> spinners = spinners(dialog.getDialogPane().getContent());
            assertThat(spinners).extracting(Node::getId)
                    .containsExactly("wizard-brokers", "wizard-zookeeper-port", "wizard-broker-port");
            assertThat(spinners).allSatisfy(s -> assertThat(s.isEditable()).as(s.getId()).isTrue());

            Spinner<?> brokers = spinners.get(0);
            brokers.getEditor().setText("5");
            brokers.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            assertThat(brokers.getValue()).isEqualTo(5);
            brokers.getEditor().setText("x");
            assertThat(brokers.getEditor().getText()).as("letters are not typed").isEqualTo("5");
        });
    }

    @Test
    void atALargeRoomsTextSizeTheButtonsAndTheFolderShowWhole() throws Exception {
        javafx.stage.Stage owner = FxToolkit.registerPrimaryStage();
        javafx.collections.ListChangeListener<javafx.stage.Window> styler = UiTestSupport.textSizeAsShown(26);
        java.util.concurrent.atomic.AtomicReference<CreateClusterDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1200, 800));
            owner.show();
            javafx.stage.Window.getWindows().addListener(styler);
            CreateClusterDialog dialog = new CreateClusterDialog(owner, Path.of("/home/ana/brokerlab/lab"), NOTHING_RUNS);
            dialog.show();
            shown.set(dialog);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            UiTestSupport.onFx(() -> {
                var pane = shown.get().getDialogPane();
                pane.applyCss();
                pane.layout();
                for (var type : pane.getButtonTypes()) {
                    javafx.scene.control.Button button = (javafx.scene.control.Button) pane.lookupButton(type);
                    assertThat(((javafx.scene.text.Text) button.lookup(".text")).getText()).as("not cut")
                            .isEqualTo(button.getText());
                }
                javafx.scene.control.TextField folder = (javafx.scene.control.TextField) pane.lookup("#wizard-folder");
                javafx.scene.text.Text path = new javafx.scene.text.Text(folder.getText());
                path.setFont(folder.getFont());
                assertThat(folder.getWidth() - folder.snappedLeftInset() - folder.snappedRightInset())
                        .as("the folder's path in full").isGreaterThanOrEqualTo(path.getLayoutBounds().getWidth());
                javafx.stage.Window window = pane.getScene().getWindow();
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                assertThat(window.getWidth()).as("within the screen").isLessThanOrEqualTo(screen.getWidth());
                assertThat(window.getHeight()).as("within the screen").isLessThanOrEqualTo(screen.getHeight());
            });
        } finally {
            UiTestSupport.onFx(() -> {
                javafx.stage.Window.getWindows().removeListener(styler);
                shown.get().close();
            });
            FxToolkit.cleanupStages();
        }
    }

    /** The review found the focus on Cancel, and Enter in a field did nothing: Enter now creates, 0 is no count. */
    @Test
    void opensOnTheFirstFieldAndEnterInANumberFieldCreates() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        AtomicReference<CreateClusterDialog> shown = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            owner.setScene(new Scene(new StackPane(), 1200, 800));
            owner.show();
            CreateClusterDialog dialog = new CreateClusterDialog(owner, temp.resolve("lab"), NOTHING_RUNS);
            dialog.show();
            shown.set(dialog);
        });
        try {
            DialogPane pane = shown.get().getDialogPane();
            UiTestSupport.waitFor(5, "the first field focused", () -> pane.lookup("#wizard-zookeepers").isFocused());
            Button create = (Button) pane.lookup("#wizard-create");
            assertThat(create.isDefaultButton()).isTrue();
            UiTestSupport.waitFor(10, "the wizard's checks", () -> !create.isDisabled());

            UiTestSupport.onFx(() -> {
                // a field emptied: Enter puts its number back, and the user sees it before anything is created
                Spinner<?> port = (Spinner<?>) pane.lookup("#wizard-broker-port");
                port.getEditor().setText("");
                port.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                assertThat(port.getEditor().getText()).isEqualTo(String.valueOf(port.getValue()));
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shown.get().isShowing()).as("not created with a number put back").isTrue();

            UiTestSupport.onFx(() -> {
                @SuppressWarnings("unchecked")
                Spinner<Integer> brokers = (Spinner<Integer>) pane.lookup("#wizard-brokers");
                int was = brokers.getValue();
                brokers.getEditor().setText("0");
                assertThat(brokers.getEditor().getText()).as("0 brokers is not typed").isEqualTo(String.valueOf(was));
                brokers.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                        false));
            });
            UiTestSupport.waitFor(5, "the dialog closed by Create", () -> !shown.get().isShowing());
            assertThat(shown.get().getResult()).as("created, not cancelled").isNotNull();
        } finally {
            UiTestSupport.onFx(() -> shown.get().close());
            FxToolkit.cleanupStages();
        }
    }

    /**
     * Create asks first whether to stop the cluster shown; Cancel there goes back to the wizard as it was filled in,
     * and the next Create asks again.
     */
    @Test
    void aCreateTheQuestionBeforeItCancelsLeavesTheWizardOpen() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        AtomicReference<CreateClusterDialog> shown = new AtomicReference<>();
        List<Path> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Boolean> answer = new AtomicReference<>(false);
        UiTestSupport.onFx(() -> {
            owner.setScene(new Scene(new StackPane(), 1200, 800));
            owner.show();
            CreateClusterDialog dialog = new CreateClusterDialog(owner, temp.resolve("lab"), dir -> {
                asked.add(dir);
                return CompletableFuture.completedFuture(answer.get());
            });
            dialog.show();
            shown.set(dialog);
        });
        try {
            Button create = (Button) shown.get().getDialogPane().lookup("#wizard-create");
            UiTestSupport.waitFor(10, "the wizard's checks", () -> !create.isDisabled());
            UiTestSupport.onFx(create::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(asked).containsExactly(temp.resolve("lab").toAbsolutePath());
            assertThat(shown.get().isShowing()).as("Cancel in the question: back to the wizard").isTrue();

            answer.set(true);
            UiTestSupport.onFx(create::fire);
            UiTestSupport.waitFor(5, "the dialog closed by Create", () -> !shown.get().isShowing());
            assertThat(asked).hasSize(2);
            assertThat(shown.get().getResult()).isNotNull();
        } finally {
            UiTestSupport.onFx(() -> shown.get().close());
            FxToolkit.cleanupStages();
        }
    }

    /** A port in use is marked on its field, the problem in its tooltip; the preview stays, with that port in it. */
    @Test
    void aPortInUseIsMarkedOnItsFieldAndThePreviewStays() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicReference<CreateClusterDialog> dialog = new AtomicReference<>();
            UiTestSupport.onFx(() -> dialog.set(new CreateClusterDialog(null, temp.resolve("lab"), NOTHING_RUNS)));
            Node content = dialog.get().getDialogPane().getContent();
            @SuppressWarnings("unchecked")
            Spinner<Integer> brokerPort = (Spinner<Integer>) byId(content, "wizard-broker-port");
            @SuppressWarnings("unchecked")
            Spinner<Integer> zookeeperPort = (Spinner<Integer>) byId(content, "wizard-zookeeper-port");
            // typed, so not moved to free ones: 2181 may be another cluster's, and its problem would be said first
            int freeZookeeper = PortAllocator.firstFreeRun(27_000, 1, Set.of()).orElseThrow();
            UiTestSupport.onFx(() -> {
                zookeeperPort.getValueFactory().setValue(freeZookeeper);
                brokerPort.getValueFactory().setValue(taken.getLocalPort());
            });

            UiTestSupport.waitFor(10, "the port field marked", () -> brokerPort.getPseudoClassStates()
                    .contains(Styles.STATE_DANGER) && brokerPort.getEditor().getPseudoClassStates()
                    .contains(Styles.STATE_DANGER));
            UiTestSupport.onFx(() -> {
                assertThat(brokerPort.getEditor().getTooltip().getText()).contains("is already in use");
                assertThat(zookeeperPort.getEditor().getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
                assertThat(((FilePreview) byId(content, "wizard-file-text")).text()).as("the preview").isNotEmpty();
            });

            // marked no longer once the port is free, however long the dialog has been open (a view of the fields
            // the model made per call lost its listeners to the collector, and the marks lagged a check behind)
            System.gc();
            int free = PortAllocator.firstFreeRun(freeZookeeper + 1, 3, Set.of()).orElseThrow();
            UiTestSupport.onFx(() -> brokerPort.getValueFactory().setValue(free));
            UiTestSupport.waitFor(10, "the port field no longer marked", () -> !brokerPort.getPseudoClassStates()
                    .contains(Styles.STATE_DANGER) && !brokerPort.getEditor().getPseudoClassStates()
                    .contains(Styles.STATE_DANGER) && brokerPort.getTooltip() == null);
        }
    }

    /** The node with {@code id} in the form, looked for as {@link #spinners} does: before the dialog shows too. */
    private static Node byId(Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        List<Node> children = node instanceof SplitPane split ? split.getItems()
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        return children.stream().map(child -> byId(child, id)).filter(found -> found != null).findFirst()
                .orElse(null);
    }

    private static List<Spinner<?>> spinners(Node node) {
        List<Spinner<?>> found = new ArrayList<>();
        if (node instanceof Spinner<?> spinner) {
            found.add(spinner);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> found.addAll(spinners(item)));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(spinners(child)));
        }
        return found;
    }
}
