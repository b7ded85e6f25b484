package io.brokerlab.app.cluster;

import io.brokerlab.app.ui.ShortcutKey;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.FollowNewest;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected node's log below the cards: its lines, a search that marks what it finds, Follow, and Copy. */
final class NodeLogPane extends BorderPane {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final NodeLogViewModel log;
    private final TextField search = new TextField();

    NodeLogPane(NodeLogViewModel log) {
        this.log = log;
        HBox bar = bar();
        ListView<LogLine> lines = lines();
        setCenter(lines);
        setTop(bar);
        VBox.setVgrow(lines, Priority.ALWAYS);
    }

    /** The search field, when the pane is shown. */
    void focusSearch() {
        if (search.getScene() != null && search.isVisible()) {
            search.requestFocus();
            search.selectAll();
        }
    }

    private HBox bar() {
        Label title = new Label("Log");
        title.textProperty().bind(Bindings.createStringBinding(() -> log.nodeProperty().get() == null ? "Log"
                : "Log of " + log.nodeProperty().get().name(), log.nodeProperty()));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("log-title");
        search.setPromptText(ShortcutKey.named("Search the log (Ctrl+F)"));
        search.setId("log-search");
        search.textProperty().bindBidirectional(log.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        CheckBox problems = new CheckBox("Warnings only");
        problems.setId("log-problems-only");
        problems.setTooltip(new Tooltip("Only WARN and ERROR lines, with their stack traces, and what Brokerlab did to the"
                + " node (started, stopped, killed, paused)"));
        problems.selectedProperty().bindBidirectional(log.problemsOnlyProperty());
        CheckBox follow = new CheckBox("Follow");
        follow.selectedProperty().bindBidirectional(log.followProperty());
        CheckBox wrap = new CheckBox("Wrap");
        wrap.setId("log-wrap");
        wrap.setTooltip(new Tooltip("Long lines wrap instead of running past the right edge"));
        wrap.selectedProperty().bindBidirectional(log.wrapProperty());
        // left of the field, in the bar's free room: to its right, the count appearing as the user typed moved the
        // field away under the caret
        Label matches = new Label();
        matches.setId("log-matches");
        matches.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty().bind(log.matchesProperty());
        matches.managedProperty().bind(matches.textProperty().isNotEmpty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label behind = new Label("The log has newer lines: tick Follow to see them");
        behind.setId("log-behind");
        behind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        behind.visibleProperty().bind(log.behindProperty());
        behind.managedProperty().bind(behind.visibleProperty());
        Label unreadable = new Label();
        unreadable.setId("log-error");
        unreadable.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        unreadable.setMinWidth(0);
        unreadable.textProperty().bind(log.readErrorProperty());
        // with no line shown, the list's placeholder says it instead
        unreadable.visibleProperty().bind(log.readErrorProperty().isNotEmpty()
                .and(Bindings.isNotEmpty(log.visibleLines())));
        unreadable.managedProperty().bind(unreadable.visibleProperty());
        HBox bar = new HBox(10, new FontIcon(Feather.FILE_TEXT), title, grow, behind, unreadable, matches, search,
                problems, wrap, follow);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private ListView<LogLine> lines() {
        ListView<LogLine> lines = keepingSelection(log.visibleLines());
        lines.setId("log-lines");
        lines.getStyleClass().addAll("log-lines", Styles.DENSE);
        Label placeholder = new Label();
        placeholder.setId("log-placeholder");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(log.placeholderProperty());
        lines.setPlaceholder(placeholder);
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("log-mark", "log-error", "log-warn", "log-debug");
                boolean wrap = log.wrapProperty().get();
                setWrapText(wrap);
                // asking for no width, each line is as wide as the list, wrapped to it, and the list scrolls only down
                setPrefWidth(wrap ? 0 : Region.USE_COMPUTED_SIZE);
                showLine(this, empty ? null : item, log.needle());
                if (!empty && item != null) {
                    switch (item.level()) {
                        case MARK -> getStyleClass().add("log-mark");
                        case ERROR -> getStyleClass().add("log-error");
                        case WARN -> getStyleClass().add("log-warn");
                        case DEBUG -> getStyleClass().add("log-debug");
                        default -> { }
                    }
                }
            }
        });
        Runnable copy = () -> copy(lines);
        lines.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy.run();
                e.consume();
            }
        });
        // no accelerator: a context menu's is installed on the whole scene and would take Ctrl+C from other views
        MenuItem copyItem = new MenuItem("Copy", new FontIcon(Feather.COPY));
        copyItem.setOnAction(e -> copy.run());
        copyItem.disableProperty().bind(Bindings.isEmpty(lines.getSelectionModel().getSelectedItems()));
        MenuItem selectAll = new MenuItem("Select all");
        selectAll.setOnAction(e -> lines.getSelectionModel().selectAll());
        lines.setContextMenu(new ContextMenu(copyItem, selectAll));
        lines.getItems().addListener((ListChangeListener<LogLine>) c -> topBeforeShrinking(lines, c.getList().size()));
        // scrolled in the layout pass, not at the change: a node's whole log set at once (a card picked, the app
        // opened) is measured only then, and scrolling before aimed at the top or the middle
        FollowNewest.install(lines, log.followProperty());
        // the theme gives every row one height (-fx-cell-size), which a wrapped line must not have (app.css)
        Runnable wrapped = () -> {
            lines.getStyleClass().remove("wrapped");
            if (log.wrapProperty().get()) {
                lines.getStyleClass().add("wrapped");
            }
        };
        wrapped.run();
        log.wrapProperty().addListener((obs, was, now) -> {
            wrapped.run();
            remeasure(lines, log.followProperty().get());
        });
        return lines;
    }

    /**
     * The lines made again at their new heights, wrapped or not, and the newest shown if following, else the line that
     * was at the top. The list keeps the heights it measured until the number of lines changes (and then scrolled by
     * them: the newest line ended below the view), so that number is changed and set back.
     */
    private static void remeasure(ListView<LogLine> lines, boolean follow) {
        if (!(lines.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || lines.getItems().isEmpty()) {
            lines.refresh();
            return;
        }
        int top = flow.getFirstVisibleCell() == null ? 0 : flow.getFirstVisibleCell().getIndex();
        int count = flow.getCellCount();
        lines.refresh();
        flow.setCellCount(0);
        flow.setCellCount(count);
        // measured with the style the new lines have
        lines.applyCss();
        lines.layout();
        if (follow) {
            lines.scrollTo(count - 1);
            flow.setPosition(1);
        } else {
            lines.scrollTo(top);
        }
    }

    /**
     * A line's text; while a search runs, the text it found marked in it. Plain text otherwise: a cell with a
     * graphic per line costs more, and most of the time nothing is searched. The pieces flow as text, so that a
     * wrapped line wraps with its marks; the marks are labels, for their background.
     */
    private static void showLine(ListCell<LogLine> cell, LogLine line, String needle) {
        if (line == null || needle.isEmpty()) {
            cell.setGraphic(null);
            cell.setText(line == null ? null : line.text());
            return;
        }
        TextFlow pieces = new TextFlow();
        for (NodeLogViewModel.Piece piece : NodeLogViewModel.pieces(line.text(), needle)) {
            if (piece.match()) {
                Label match = new Label(piece.text());
                match.getStyleClass().add("log-match");
                pieces.getChildren().add(match);
            } else {
                Text text = new Text(piece.text());
                // the cell's colour for the line's level, and its selection
                text.fillProperty().bind(cell.textFillProperty());
                text.fontProperty().bind(cell.fontProperty());
                pieces.getChildren().add(text);
            }
        }
        cell.setText(null);
        cell.setGraphic(pieces);
    }

    /**
     * A list of {@code items} that keeps the user's selection (lines chosen to copy, say) when they change: a search
     * narrows them, Follow brings newer ones. The list view itself would drop it; the lines are selected again
     * wherever they are now.
     */
    private static ListView<LogLine> keepingSelection(ObservableList<LogLine> items) {
        List<LogLine> chosen = new ArrayList<>();
        boolean[] itemsChanging = {false};
        // added before the list view's own listener: the selection it then drops is not taken for the user's
        items.addListener((ListChangeListener<LogLine>) c -> itemsChanging[0] = true);
        ListView<LogLine> view = new ListView<>(items);
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LogLine>) c -> {
            if (!itemsChanging[0]) {
                chosen.clear();
                chosen.addAll(view.getSelectionModel().getSelectedItems());
            }
        });
        items.addListener((ListChangeListener<LogLine>) c -> {
            try {
                view.getSelectionModel().clearSelection();
                int[] at = chosen.stream().mapToInt(items::indexOf).filter(i -> i >= 0).toArray();
                if (at.length > 0) {
                    view.getSelectionModel().selectIndices(at[0], at);
                }
            } finally {
                itemsChanging[0] = false;
            }
        });
        return view;
    }

    /**
     * When fewer lines are left than reach the bottom of the view (a search while at the end, a shorter log after a
     * restart), goes to the top before the list learns it. The list's flow would keep its top row's index past the
     * new end, fill the view with empty rows and log "index exceeds maxCellCount" to the terminal; from the top it
     * lays out the remaining lines, and Follow then brings the newest into view as before.
     */
    private static void topBeforeShrinking(ListView<LogLine> lines, int size) {
        if (lines.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> bottom = flow.getLastVisibleCell();
            if (bottom != null && bottom.getIndex() >= size) {
                lines.scrollTo(0);
            }
        }
    }

    /** The selected lines, in the order shown, as text. */
    private static void copy(ListView<LogLine> lines) {
        List<LogLine> selected = lines.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(lines.getItems()::get).toList();
        if (!selected.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(NodeLogViewModel.textOf(selected));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
