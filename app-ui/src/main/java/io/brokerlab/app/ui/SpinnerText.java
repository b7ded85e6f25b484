package io.brokerlab.app.ui;

import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/** Editable number spinners that survive what a user types. */
public final class SpinnerText {

    private SpinnerText() {
    }

    /**
     * The spinner commits its text when it loses focus or an arrow is pressed; Integer's own converter throws on text
     * that is no number, on the FX thread. The value stays as it was instead, and the text as typed until committed.
     */
    public static StringConverter<Integer> keepingValueOnGarbage(Spinner<Integer> spinner) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    return spinner.getValue();
                }
            }
        };
    }
}
