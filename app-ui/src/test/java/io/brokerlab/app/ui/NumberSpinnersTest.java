package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.brokerlab.app.UiTestSupport;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class NumberSpinnersTest {

    @Test
    void garbageTypedIntoASpinnerKeepsItsValueInsteadOfThrowingOnTheFxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Spinner<Integer> messages = new Spinner<>(1, 10_000_000, 5);
            messages.setEditable(true);
            messages.getValueFactory().setConverter(NumberSpinners.keepingValueOnGarbage(messages));

            messages.getEditor().setText("lots");
            assertThatCode(messages::commitValue).as("committing garbage, as on focus loss").doesNotThrowAnyException();
            assertThat(messages.getValue()).isEqualTo(5);

            messages.getEditor().setText(" 12 ");
            messages.commitValue();
            assertThat(messages.getValue()).isEqualTo(12);
        });
    }

    @Test
    void theValueFollowsTheTypingWhileTheTextIsANumberInRange() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Spinner<Integer> port = NumberSpinners.of(1024, 65_535, 9092);
            for (String typed : new String[] {"", "9", "91", "919", "9192"}) {
                port.getEditor().setText(typed);
            }
            assertThat(port.getValue()).as("without leaving the field").isEqualTo(9192);
            port.getEditor().setText("91");
            assertThat(port.getValue()).as("out of range while typing: kept").isEqualTo(9192);
            assertThat(port.getEditor().getText()).as("the text as typed").isEqualTo("91");

            // a digit past the maximum is not typed, rather than made 65535 unsaid on leaving the field
            port.getEditor().setText("7000");
            port.getEditor().appendText("0");
            assertThat(port.getEditor().getText()).isEqualTo("7000");
            assertThat(port.getValue()).isEqualTo(7000);
        });
    }

    @Test
    void aDigitPastTheMaximumIsRefusedSayingWhyUnderTheField() throws Exception {
        FxToolkit.registerPrimaryStage();
        java.util.concurrent.atomic.AtomicReference<Spinner<Integer>> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestSupport.onFx(() -> {
            Spinner<Integer> port = NumberSpinners.of(1024, 65_535, 9092);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(port), 300, 100));
            stage.show();
            shown.set(port);
            port.getEditor().setText("7000");
            port.getEditor().appendText("0");
        });
        UiTestSupport.waitFor(5, "the maximum said", () -> note().equals("At most 65,535"));
        UiTestSupport.onFx(() -> shown.get().getScene().getWindow().hide());
    }

    /** The text of the tooltip showing, or "" with none. */
    private static String note() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing()).map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }

    @Test
    void aNumberFieldKeepsItsValueForTextThatIsNoNumber() {
        int[] value = {9092};
        NumberSpinners.KeepingConverter converter = new NumberSpinners.KeepingConverter(() -> value[0]);
        assertThat(converter.fromString("")).isEqualTo(9092);
        assertThat(converter.fromString("99999999999")).as("too big for an int").isEqualTo(9092);
        assertThat(converter.fromString(" 19092 ")).isEqualTo(19092);
        assertThat(converter.toString(2181)).isEqualTo("2181");
    }
}
