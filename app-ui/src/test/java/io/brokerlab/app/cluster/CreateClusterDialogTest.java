package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class CreateClusterDialogTest {

    @TempDir
    Path temp;

    @Test
    void everySpinnerTakesTypedDigitsOnEnter() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            CreateClusterDialog dialog = new CreateClusterDialog(null, temp.resolve("lab"));
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
