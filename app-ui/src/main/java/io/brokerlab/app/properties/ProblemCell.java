package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigProblem;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One problem of the file under the form, its whole message wrapped to the list's width: the fix is its last words
 * ("…; set it to 2"). A Text does the wrapping: a wrapped Labeled reports a one-line height to the list, which then
 * cuts it. A click shows the key in the form.
 */
final class ProblemCell extends ListCell<ConfigProblem> {

    private final FontIcon icon = new FontIcon();
    private final Text message = new Text();
    private final HBox line = new HBox(6, icon, message);

    ProblemCell(Consumer<ConfigProblem> show) {
        message.fillProperty().bind(textFillProperty());
        message.fontProperty().bind(fontProperty());
        message.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, getWidth()
                - snappedLeftInset() - snappedRightInset() - icon.getLayoutBounds().getWidth() - line.getSpacing()),
                widthProperty(), paddingProperty(), icon.layoutBoundsProperty()));
        line.setAlignment(Pos.TOP_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // as wide as the list, never wider: the text wraps instead of scrolling sideways
        setPrefWidth(0);
        setOnMouseClicked(e -> show.accept(getItem()));
    }

    @Override
    protected void updateItem(ConfigProblem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("problem-error", "problem-warning");
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        // a message that opens with its key ("min.insync.replicas is 4 but …") needs no label
        boolean named = item.key() == null || item.message().startsWith(item.key());
        String text = (named ? "" : item.key() + ": ") + item.message();
        // the cell's own text too, though only the wrapped one is drawn: a screen reader reads the cell's
        setText(text);
        message.setText(text);
        icon.setIconCode(item.isError() ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE);
        getStyleClass().add(item.isError() ? "problem-error" : "problem-warning");
        setGraphic(line);
    }
}
