package io.brokerlab.app.topics;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A topic's name in the list, "(internal)" after Kafka's own, and under a compacted one's name a "compacted" tag,
 * whose tooltip says what compaction does. Under it, not beside it: the column is narrow, and a tag beside the name
 * cut the name to "…". Each cell keeps its one tag node, shown or not: a new node per update would be styled anew
 * for every visible row on every cluster state.
 */
final class TopicNameCell extends TableCell<TopicRow, TopicRow> {

    private final Label name = new Label();
    private final Label tag = tag();
    private final VBox nameAndTag = new VBox(2, name, tag);
    private final Tooltip explained = new Tooltip();

    TopicNameCell() {
        name.textFillProperty().bind(textFillProperty());
        // a row of two lines is given room above and below them, as the rows of one line have
        nameAndTag.setPadding(new Insets(4, 0, 4, 0));
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The tag, here and beside the selected topic's name. */
    static Label tag() {
        Label tag = new Label(Compaction.TAG);
        tag.getStyleClass().add("topic-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        return tag;
    }

    @Override
    protected void updateItem(TopicRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        // the cell's own text also while the name and tag are drawn: a screen reader reads the cell's
        setText(row.name() + (row.internal() ? " (internal)" : ""));
        if (row.compacted()) {
            name.setText(getText());
            explained.setText(Compaction.explained(row.cleanupPolicy()));
            setGraphic(nameAndTag);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setTooltip(explained);
        } else {
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setTooltip(null);
        }
    }
}
