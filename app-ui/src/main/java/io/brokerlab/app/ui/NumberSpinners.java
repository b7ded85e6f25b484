package io.brokerlab.app.ui;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners that take only digits, and whose value follows the typing whenever the text is a
 * number in range: a form that checks it (the wizard's ports) answers as the user types, not only once the field is
 * left. Spinner's own converter throws NumberFormatException on the FX thread for text it cannot read (an emptied
 * field and Enter); here such text gives the previous value back.
 */
public final class NumberSpinners {

    private NumberSpinners() {
    }

    public static Spinner<Integer> of(int min, int max, int value) {
        return of(min, max, value, 1);
    }

    /** As {@link #of(int, int, int)}, the arrows stepping by {@code step}. */
    public static Spinner<Integer> of(int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value, step);
        spinner.setEditable(true);
        spinner.getValueFactory().setConverter(new KeepingConverter(spinner.getValueFactory()::getValue));
        int digits = String.valueOf(max).length();
        RangeHint hint = new RangeHint(spinner.getEditor());
        // a digit past the maximum is not taken as it is typed (70000 for a port was made 65535 on leaving, unsaid),
        // and the field says why it was not
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change -> {
            String text = change.getControlNewText();
            if (!text.matches("\\d*")) {
                return null;
            }
            if (text.length() > digits || !text.isEmpty() && Integer.parseInt(text) > max) {
                hint.show(String.format(Locale.ROOT, "At most %,d", max));
                return null;
            }
            return change;
        }));
        spinner.getEditor().textProperty().addListener((obs, was, text) -> {
            // digits only (the formatter), at most as many as the maximum has: an int
            if (!text.isEmpty()) {
                int typed = Integer.parseInt(text);
                if (typed >= min && typed <= max && typed != spinner.getValue()) {
                    spinner.getValueFactory().setValue(typed);
                }
            }
        });
        // before Spinner's own Enter handling, which commits but leaves unreadable text in the field and lets the
        // key on to the dialog's default button: Enter takes the number, and the wizard checks it before Create
        spinner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit(spinner);
                e.consume();
            }
        });
        // after Spinner's own commit on leaving the field
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
        return spinner;
    }

    /**
     * Only the converter, for a spinner whose typed text is validated as it is typed (so letters must reach it): the
     * value stays as it was for text that is no number, and the text as typed until committed.
     */
    public static StringConverter<Integer> keepingValueOnGarbage(Spinner<Integer> spinner) {
        return new KeepingConverter(spinner::getValue);
    }

    /** Takes the typed value (clamped to the range by the value factory), then shows the value the spinner has. */
    private static void commit(Spinner<Integer> spinner) {
        spinner.commitValue();
        spinner.cancelEdit();
    }

    /**
     * A note under the field for a few seconds, "At most 65,535": the field refused a digit, and a tooltip waiting
     * for the pointer would say why too late. Not for a number below the least: that is each number's first digits
     * as they are typed, and leaving the field shows the least in its place.
     */
    private static final class RangeHint {

        private final TextField field;
        private final Tooltip note = new Tooltip();
        private final PauseTransition hideLater = new PauseTransition(Duration.seconds(3));

        RangeHint(TextField field) {
            this.field = field;
            hideLater.setOnFinished(e -> note.hide());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    hide();
                }
            });
        }

        void show(String text) {
            note.setText(text);
            Bounds at = field.localToScreen(field.getBoundsInLocal());
            if (at != null && !note.isShowing()) {
                note.show(field, at.getMinX(), at.getMaxY());
            }
            hideLater.playFromStart();
        }

        private void hide() {
            hideLater.stop();
            note.hide();
        }
    }

    /** Reads a whole number; text that is none (empty, too long) reads as the value held now. */
    static final class KeepingConverter extends StringConverter<Integer> {

        private final Supplier<Integer> current;

        KeepingConverter(Supplier<Integer> current) {
            this.current = current;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Integer.valueOf(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                return current.get();
            }
        }
    }
}
