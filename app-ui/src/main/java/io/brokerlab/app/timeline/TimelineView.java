package io.brokerlab.app.timeline;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The failover timeline: what happened to which node, newest first, with the time since the event before. */
public final class TimelineView implements AppView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final TimelineViewModel model = new TimelineViewModel();
    private final BorderPane root = new BorderPane();

    public TimelineView(Session session) {
        session.addEventListener(model::accept);
        session.addClusterEventListener(model::acceptCluster);
        session.workspaceProperty().addListener((o, a, b) -> model.clear());
        TableView<TimelineEntry> table = new TableView<>(model.entries());
        table.setId("timeline-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", e -> TIME.format(e.at()), 130));
        table.getColumns().add(column("+", e -> e.sincePreviousMillis() == 0 ? "" : "+" + e.sincePreviousMillis() + " ms", 110));
        table.getColumns().add(column("Where", TimelineEntry::node, 130));
        TableColumn<TimelineEntry, TimelineEntry> what = new TableColumn<>("Event");
        what.setPrefWidth(300);
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        what.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("timeline-kill", "timeline-good");
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(e.what());
                switch (e.tone()) {
                    case BAD -> {
                        getStyleClass().add("timeline-kill");
                        setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
                    }
                    case GOOD -> {
                        getStyleClass().add("timeline-good");
                        setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                    }
                    default -> setGraphic(new FontIcon(Feather.CIRCLE));
                }
            }
        });
        table.getColumns().add(what);
        table.getColumns().add(column("Detail", TimelineEntry::detail, 400));
        table.setPlaceholder(new Label("Start, stop or kill a node: what follows appears here."));
        Button clear = new Button("Clear", new FontIcon(Feather.TRASH_2));
        clear.setOnAction(e -> model.clear());
        Label note = new Label("Node actions and what the cluster did about them (leaders, ISR, controller, quorum); newest first");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        root.setTop(new ToolBar(clear, note));
        root.setCenter(table);
    }

    private static TableColumn<TimelineEntry, String> column(String title, Function<TimelineEntry, String> f, double w) {
        TableColumn<TimelineEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        column.setPrefWidth(w);
        return column;
    }

    public TimelineViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Ikon icon() {
        return Feather.ACTIVITY;
    }

    @Override
    public Node root() {
        return root;
    }
}
