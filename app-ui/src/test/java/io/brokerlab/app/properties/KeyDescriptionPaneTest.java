package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.NodeKind;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The description beside the form, built on the FX thread without the app. */
class KeyDescriptionPaneTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static String text(Node root, String id) {
        return ((Label) root.lookup("#properties-description-" + id)).getText();
    }

    @Test
    void describesTheSelectedKeyAndFollowsTheSelection() {
        UiTestSupport.onFx(() -> {
            SimpleObjectProperty<PropertyEntry> selected = new SimpleObjectProperty<>();
            SimpleStringProperty lineNote = new SimpleStringProperty("");
            SimpleStringProperty hint = new SimpleStringProperty("Click a value to see the key's documentation here.");
            KeyDescriptionPane pane = new KeyDescriptionPane(selected, lineNote, hint, new javafx.beans.property.SimpleStringProperty(""));
            Node root = ((ScrollPane) pane.root()).getContent();
            assertThat(root.lookup("#properties-description-default")).as("nothing selected yet").isNull();
            assertThat(text(root, "hint")).startsWith("Click a value");
            hint.set("The line under the caret sets no key");
            assertThat(text(root, "hint")).as("raw mode's caret on a comment").isEqualTo(hint.get());
            assertThat(root.lookup("#properties-description-hint").isVisible()).isTrue();

            selected.set(new PropertyEntry(ConfigCatalog.of(NodeKind.BROKER).info("num.network.threads"), "2"));
            assertThat(root.lookup("#properties-description-hint").isVisible()).isFalse();
            assertThat(text(root, "key")).isEqualTo("num.network.threads");
            assertThat(text(root, "text")).contains("threads");
            assertThat(text(root, "type")).isEqualTo("int");
            assertThat(text(root, "default")).isEqualTo("3");
            assertThat(text(root, "valid-values")).isEqualTo("[1,...]");
            assertThat(text(root, "importance")).isEqualTo("high");
            assertThat(text(root, "takes-effect")).contains("Dynamic (cluster-wide)").contains("restarts");
            assertThat(text(root, "in-this-file")).isEqualTo(PropertyEntry.Status.CHANGED.label());
            selected.get().remove();
            assertThat(text(root, "in-this-file")).as("× took the key out").isEqualTo(PropertyEntry.Status.DEFAULT.label());
            selected.get().valueProperty().set("3");
            assertThat(text(root, "in-this-file")).isEqualTo(PropertyEntry.Status.SAME_AS_DEFAULT.label());

            selected.set(new PropertyEntry(ConfigCatalog.of(NodeKind.ZOOKEEPER).info("minSessionTimeout"), null));
            assertThat(text(root, "key")).isEqualTo("minSessionTimeout");
            assertThat(text(root, "default")).isEqualTo("2 × tickTime");
            assertThat(text(root, "takes-effect")).contains("restarts").doesNotContain("Dynamic");

            selected.set(new PropertyEntry(ConfigCatalog.of(NodeKind.ZOOKEEPER).info("ssl.keyStore.password"), "x"));
            assertThat(text(root, "type")).contains("password").contains("masked");

            Node note = root.lookup("#properties-description-note");
            assertThat(note.isVisible()).as("no note but for a key set again in raw text").isFalse();
            lineNote.set("Line 3 has no effect: Kafka uses line 9, the last that sets x");
            assertThat(note.isVisible()).isTrue();
            assertThat(text(root, "note")).startsWith("Line 3 has no effect");
        });
    }
}
