package io.brokerlab.app.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A table column showing a text worked out from each row, which never changes while the row is shown. */
public final class TextColumn {

    private TextColumn() {
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> text, double prefWidth) {
        TableColumn<S, String> column = of(title, text);
        column.setPrefWidth(prefWidth);
        return column;
    }
}
