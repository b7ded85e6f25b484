package io.brokerlab.app.console;

import java.util.Collection;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Toolbar controls as wide whatever they show at the moment: a wrapping tool bar of them then breaks its rows at the
 * same place whichever start or format is picked, so nothing moves under the mouse between two clicks. FX thread.
 */
final class SteadyWidth {

    private SteadyWidth() {
    }

    /**
     * A combo box as wide as its widest choice, not the chosen one. Its skin measures the chosen one, and once the
     * list has been opened, the list's rows too: the box widened then, after the first click on it.
     */
    static <T> ComboBox<T> comboBox(List<T> choices) {
        ComboBox<T> box = new ComboBox<>() {
            @Override
            protected double computePrefWidth(double height) {
                if (!(lookup(".arrow-button") instanceof Region arrow) || getButtonCell() == null) {
                    return super.computePrefWidth(height);
                }
                return snappedLeftInset() + snapSizeX(getButtonCell().prefWidth(height))
                        + snapSizeX(arrow.prefWidth(height)) + snappedRightInset();
            }
        };
        box.getItems().setAll(choices);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : box.getConverter().toString(item));
            }

            @Override
            protected double computePrefWidth(double height) {
                List<String> texts = box.getItems().stream().map(box.getConverter()::toString).toList();
                return super.computePrefWidth(height) - width(getText(), getFont()) + widest(texts, getFont());
            }
        });
        return box;
    }

    /** A button whose text changes with what pressing it does, as wide as the longest of {@code texts}. */
    static Button button(String... texts) {
        return new Button(texts[0]) {
            @Override
            protected double computePrefWidth(double height) {
                double shown = super.computePrefWidth(height);
                return shown - width(getText(), getFont()) + widest(List.of(texts), getFont());
            }
        };
    }

    /** A toggle whose text says what pressing it does ({@code off}, then {@code on}), as wide as the longer one. */
    static ToggleButton toggle(String off, String on) {
        return new ToggleButton(off) {
            @Override
            protected double computePrefWidth(double height) {
                double shown = super.computePrefWidth(height);
                return shown - width(getText(), getFont()) + widest(List.of(off, on), getFont());
            }
        };
    }

    private static double widest(Collection<String> texts, Font font) {
        return texts.stream().mapToDouble(text -> width(text, font)).max().orElse(0);
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
