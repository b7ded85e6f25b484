package io.brokerlab.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.NodeKind;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.controlsfx.property.editor.PropertyEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The form's editor cells, built on the FX thread without the app. */
class EntryEditorsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static PropertyEntry entry(NodeKind kind, String key, String inFile) {
        return new PropertyEntry(ConfigCatalog.of(kind).info(key), inFile);
    }

    /** As the PropertySheet does: the factory's editor, given the item's value. */
    @SuppressWarnings("unchecked")
    private static Node cell(PropertyEntry entry) {
        EntryItem item = new EntryItem(entry);
        PropertyEditor<Object> editor = (PropertyEditor<Object>) new EntryEditors(focused -> { }).call(item);
        editor.setValue(item.getValue());
        return editor.getEditor();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboIn(Node cell) {
        return (ComboBox<String>) cell.lookup(".combo-box");
    }

    @Test
    void aBooleanIsADropDownOfNotSetTrueAndFalseStoredAsText() {
        UiTestSupport.onFx(() -> {
            PropertyEntry entry = entry(NodeKind.BROKER, "auto.create.topics.enable", null);
            Node cell = cell(entry);
            ComboBox<String> box = comboIn(cell);
            Label marker = (Label) cell.lookup(".changed-marker");

            assertThat(box.getItems()).containsExactly("", "true", "false");
            assertThat(box.isEditable()).isFalse();
            assertThat(box.getConverter().toString(box.getValue())).isEqualTo("(not set: true)");
            assertThat(marker.isVisible()).isFalse();

            box.setValue("false");
            assertThat(entry.value()).isEqualTo("false");
            assertThat(marker.isVisible()).as("the marker follows the edit").isTrue();

            box.setValue("");
            assertThat(entry.value()).isEmpty();
            assertThat(marker.isVisible()).isFalse();
        });
    }

    @Test
    void aFiniteSetOfValuesIsADropDownAndAListMayCombineThem() {
        UiTestSupport.onFx(() -> {
            ComboBox<String> compression = comboIn(cell(entry(NodeKind.BROKER, "compression.type", "lz4")));
            assertThat(compression.getItems()).contains("", "producer", "zstd", "lz4");
            assertThat(compression.getValue()).isEqualTo("lz4");

            PropertyEntry policy = entry(NodeKind.BROKER, "log.cleanup.policy", null);
            ComboBox<String> policies = comboIn(cell(policy));
            assertThat(policies.isEditable()).isTrue();
            policy.valueProperty().set("compact,delete");
            assertThat(policies.getValue()).isEqualTo("compact,delete");

            ComboBox<String> unknownValue = comboIn(cell(entry(NodeKind.ZOOKEEPER, "admin.enableServer", "TRUE")));
            assertThat(unknownValue.getValue()).as("shown as in the file, not blank").isEqualTo("TRUE");
        });
    }

    @Test
    void aPasswordIsMaskedAndADerivedDefaultIsNamedNotCompared() {
        UiTestSupport.onFx(() -> {
            PropertyEntry secret = entry(NodeKind.ZOOKEEPER, "ssl.keyStore.password", "s3cret");
            Node cell = cell(secret);
            PasswordField field = (PasswordField) cell.lookup(".password-field");
            assertThat(field).isNotNull();
            assertThat(field.getText()).isEqualTo("s3cret");
            field.setText("other");
            assertThat(secret.value()).isEqualTo("other");

            PropertyEntry timeout = entry(NodeKind.ZOOKEEPER, "minSessionTimeout", "1000");
            Node timeoutCell = cell(timeout);
            assertThat(timeoutCell.lookup(".changed-marker").isVisible())
                    .as("\"2 × tickTime\" is no value to differ from").isFalse();
            assertThat(timeout.status()).isEqualTo(PropertyEntry.Status.SET);

            ComboBox<String> type = comboIn(cell(entry(NodeKind.ZOOKEEPER, "peerType", null)));
            assertThat(type.getConverter().toString("")).isEqualTo("(not set: participant)");
        });
    }

    @Test
    void otherKeysAreText() {
        UiTestSupport.onFx(() -> {
            PropertyEntry entry = entry(NodeKind.BROKER, "num.replica.fetchers", null);
            Node cell = cell(entry);
            assertThat(cell.lookup(".combo-box")).isNull();
            TextField field = (TextField) cell.lookup(".text-field");
            assertThat(field.getPromptText()).as("an unset key shows what applies").isEqualTo("(not set: 1)");
            field.setText("4");
            assertThat(entry.value()).isEqualTo("4");
            assertThat(cell.lookup(".changed-marker").isVisible()).isTrue();

            TextField noDefault = (TextField) cell(entry(NodeKind.BROKER, "log.dirs", null)).lookup(".text-field");
            assertThat(noDefault.getPromptText()).isEqualTo("(not set)");
            TextField derived = (TextField) cell(entry(NodeKind.ZOOKEEPER, "maxSessionTimeout", null))
                    .lookup(".text-field");
            assertThat(derived.getPromptText()).isEqualTo("(not set: 20 × tickTime)");
        });
    }

    @Test
    void aValueWithAnErrorIsMarkedRedUntilFixed() {
        UiTestSupport.onFx(() -> {
            PropertyEntry entry = entry(NodeKind.BROKER, "num.network.threads", "abc");
            Node cell = cell(entry);
            TextField field = (TextField) cell.lookup(".text-field");
            assertThat(field.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);

            entry.setError("Invalid value abc for configuration num.network.threads");
            assertThat(field.getPseudoClassStates()).contains(Styles.STATE_DANGER);
            assertThat(EntryEditors.inputOf((Parent) cell, entry)).as("found for the problem's key").isSameAs(field);

            entry.setError(null);
            assertThat(field.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);

            PropertyEntry choice = entry(NodeKind.BROKER, "compression.type", "lz5");
            choice.setError("String must be one of: ...");
            assertThat(comboIn(cell(choice)).getPseudoClassStates()).as("also an editor made after the error")
                    .contains(Styles.STATE_DANGER);
        });
    }

    @Test
    void aClearedFieldOfAKeyInTheFileSaysItIsEmptyAndTheCrossTakesTheKeyOut() {
        UiTestSupport.onFx(() -> {
            PropertyEntry entry = entry(NodeKind.BROKER, "num.replica.fetchers", "4");
            Node cell = cell(entry);
            TextField field = (TextField) cell.lookup(".text-field");
            Button remove = (Button) cell.lookup(".remove-key");
            assertThat(remove.isVisible()).isTrue();

            field.setText("");
            assertThat(entry.inFile()).isTrue();
            assertThat(field.getPromptText()).isEqualTo(EntryEditors.EMPTY);

            remove.fire();
            assertThat(entry.inFile()).isFalse();
            assertThat(field.getPromptText()).isEqualTo("(not set: 1)");
            assertThat(remove.isVisible()).isFalse();

            PropertyEntry dirs = entry(NodeKind.BROKER, "log.dirs", "/tmp/k");
            TextField dirsField = (TextField) cell(dirs).lookup(".text-field");
            dirsField.setText("");
            assertThat(dirsField.getPromptText()).as("no default that would apply")
                    .isEqualTo("(empty in the file: type a value, or × takes the key out; it has no default)");

            PropertyEntry choice = entry(NodeKind.BROKER, "auto.create.topics.enable", "false");
            comboIn(cell(choice)).setValue("");
            assertThat(choice.inFile()).as("the drop-down's \"not set\" takes the key out").isFalse();
        });
    }

    @Test
    void theCrossSaysWhichKeyItTakesOutAndWhatThenApplies() {
        UiTestSupport.onFx(() -> {
            Button withDefault = (Button) cell(entry(NodeKind.BROKER, "num.replica.fetchers", "4")).lookup(".remove-key");
            assertThat(withDefault.getAccessibleText()).as("read out instead of \"×\"")
                    .isEqualTo("Take num.replica.fetchers out of the file");
            assertThat(withDefault.getTooltip().getText())
                    .isEqualTo("Take num.replica.fetchers out of the file: the default, 1, applies");

            Button noDefault = (Button) cell(entry(NodeKind.BROKER, "log.dirs", "/tmp/k")).lookup(".remove-key");
            assertThat(noDefault.getTooltip().getText()).as("no \"default, (none)\" that would apply")
                    .isEqualTo("Take log.dirs out of the file: it is then not set (it has no default)");

            Button derived = (Button) cell(entry(NodeKind.ZOOKEEPER, "maxSessionTimeout", "40000"))
                    .lookup(".remove-key");
            assertThat(derived.getTooltip().getText())
                    .isEqualTo("Take maxSessionTimeout out of the file: the default, 20 × tickTime, applies");
        });
    }
}
