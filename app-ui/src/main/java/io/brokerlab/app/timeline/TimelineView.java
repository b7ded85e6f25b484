package io.brokerlab.app.timeline;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.app.ui.WrappedTextCell;
import io.brokerlab.app.ui.IconCell;
import io.brokerlab.app.ui.NumberSpinners;
import io.brokerlab.app.ui.TextColumn;
import io.brokerlab.launcher.verify.DurabilityCheck;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.geometry.Pos;
import javafx.scene.layout.Priority;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The failover timeline: what happened to which node, newest first, with the time since the event before. */
public final class TimelineView implements AppView {

    /** What the chaos does, in the order LeaderChaos does it: the pause comes after the killed broker is back. */
    static final String CHAOS_TEXT = "Chaos: kill a leader, start it again, repeat "
            + DurabilityViewModel.CHAOS_INTERVAL.toSeconds() + " s after it is back";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter ENDED_AT = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final BorderPane root = new BorderPane();
    private final DurabilityViewModel durability;
    private final ConnectionTimelines timelines;

    public TimelineView(Session session) {
        durability = new DurabilityViewModel(session.background(), session.fx());
        timelines = new ConnectionTimelines(durability);
        // the estimated progress moves only while a check runs: no timer the rest of the time
        ScheduledFuture<?>[] ticker = new ScheduledFuture<?>[1];
        durability.runningProperty().addListener((o, was, running) -> {
            if (running) {
                ticker[0] = session.every(250, () -> session.fx().execute(durability::tick));
            } else if (ticker[0] != null) {
                ticker[0].cancel(false);
                ticker[0] = null;
            }
        });
        // a check's start and outcome among what the cluster did meanwhile: its chaos kills are listed too
        durability.onTimelineLine(line -> model().acceptUserAction(line));
        session.snapshotProperty().addListener((o, was, snapshot) -> durability.quorumLost(snapshot == null ? null
                : snapshot.quorumLoss().orElse(null)));
        // the session delivers only the shown cluster's events: they belong to its timeline
        session.addEventListener(events -> model().accept(events));
        session.addClusterEventListener(events -> model().acceptCluster(events));
        // the words of a header are never cut, whatever the font makes of the ems below
        ColumnEms headers = new ColumnEms();
        TableView<TimelineEntry> table = headers.table(model().entries());
        table.setId("timeline-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // short enough to stay whole beside the toolbar's buttons on a laptop; what it lists in full is in its tooltip
        Label note = new Label("What was done, and what the cluster did about it; newest first");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        TableColumn<TimelineEntry, String> time = TextColumn.of("Time", e -> TIME.format(e.at()));
        TableColumn<TimelineEntry, String> since = TextColumn.of("After prev.", e -> gap(e.sincePreviousMillis()));
        TableColumn<TimelineEntry, String> where = TextColumn.of("Where", TimelineEntry::node);
        // "orders-0, 1, 2, 4": the partitions one cause changed, all of them in view
        where.setCellFactory(c -> new WrappedTextCell<>());
        table.getColumns().addAll(List.of(headers.atLeast(time, 8), headers.atLeast(since, 7),
                headers.atLeast(where, 6.5)));
        TableColumn<TimelineEntry, TimelineEntry> what = new TableColumn<>("Event");
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        // wrapped: "6 partitions below min.insync.replicas=2" is the line a demo points at
        what.setCellFactory(c -> IconCell.wrapping(e -> switch (e.tone()) {
            case BAD -> new IconCell.Look(e.what(), Feather.ALERT_OCTAGON, "timeline-kill");
            case GOOD -> new IconCell.Look(e.what(), Feather.CHECK_CIRCLE, "timeline-good");
            case NEUTRAL -> new IconCell.Look(e.what(), Feather.CIRCLE, null);
        }, List.of("timeline-kill", "timeline-good")));
        table.getColumns().add(headers.atLeast(what, 10));
        TableColumn<TimelineEntry, String> detail = TextColumn.of("Detail", TimelineEntry::detail);
        // the durability pane leaves Detail narrow on a laptop: its sentence wraps, since its figure ("4.0 s after
        // broker-1 was killed") is what the demo is about
        detail.setCellFactory(c -> new WrappedTextCell<>());
        table.getColumns().add(headers.atLeast(detail, 6));
        // in ems of the app's font, so the columns grow with its font size (a projector); the minimums given above
        // add up to what the table gets beside the durability pane at the largest text a projector needs, so Detail
        // stays in view: past them the constrained policy pushes the last column out of the table. Time, gap and
        // place never give way: "02:41:13.835", "After prev." and "ZooKeeper" whole
        prefInEm(note, time, 8.5);
        prefInEm(note, since, 8);
        prefInEm(note, where, 8);
        // "ISR shrunk [3,2,1] → [3,2]" and "leader broker-1 → broker-3" whole, with the icon, where the table has
        // room; short of it (a projector's text) Event and Detail share what Time, gap and place leave, rather than
        // Detail alone giving way to a column of one word a line. Detail's whole sentence is in its tooltip
        InvalidationListener share = o -> {
            double em = note.getFont().getSize();
            double rest = table.getWidth() - time.getWidth() - since.getWidth() - where.getWidth() - em;
            what.setPrefWidth(Math.max(10 * em, Math.min(19 * em, rest / 2)));
        };
        table.widthProperty().addListener(share);
        note.fontProperty().addListener(share);
        prefInEm(note, detail, 20);
        Label placeholder = new Label();
        placeholder.setId("timeline-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        Button clear = new Button("Clear", new FontIcon(Feather.TRASH_2));
        clear.setOnAction(e -> model().clear());
        CheckBox internal = new CheckBox("Internal topics");
        internal.setId("timeline-internal-topics");
        internal.setTooltip(new Tooltip("Also list what happens to Kafka's own topics (__consumer_offsets, ...)"));
        internal.selectedProperty().addListener((o, a, show) -> timelines.showInternalTopics(show));
        ToggleButton showDurability = new ToggleButton("Durability check", new FontIcon(Feather.SHIELD));
        showDurability.setId("timeline-durability-toggle");
        showDurability.setTooltip(new Tooltip("Show or hide the durability check, to give the timeline the width"));
        showDurability.setSelected(true);
        // the note takes the toolbar's free room and gives way elided (whole in its tooltip), never into the
        // toolbar's overflow menu, where nobody looks for a sentence
        note.setMinWidth(0);
        note.setTooltip(new Tooltip("Node actions (start, stop, kill, pause), what was asked or changed in Topics and the"
                + " durability checks, and what the cluster did about them: leaders, ISR, under-replicated and offline"
                + " partitions, controller, ZooKeeper roles and quorum; newest first"));
        HBox noteRoom = new HBox(note);
        noteRoom.setAlignment(Pos.CENTER_LEFT);
        noteRoom.setMinWidth(0);
        noteRoom.setPrefWidth(0);
        HBox.setHgrow(noteRoom, Priority.ALWAYS);
        root.setTop(new ToolBar(clear, internal, showDurability, noteRoom));
        SplitPane split = new SplitPane(table);
        root.setCenter(split);
        // before the durability pane's listeners: the chaos box they untick for an external cluster is kept ticked
        // for the workspace left
        Runnable show = () -> {
            Connection c = session.connectionProperty().get();
            timelines.show(c, runner(session));
            table.setItems(model().entries());
            placeholder.setText(ConnectionTimelines.placeholder(c));
        };
        session.connectionProperty().addListener(o -> show.run());
        show.run();
        Node pane = durabilityPane(session);
        split.getItems().add(pane);
        split.setDividerPositions(0.7);
        double[] divider = {0.7};
        // a larger text widens the pane past its share (its minimum is in ems); a smaller one must give it back
        note.fontProperty().addListener(o -> split.setDividerPositions(divider[0]));
        showDurability.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                split.getItems().add(pane);
                split.setDividerPositions(divider[0]);
            } else {
                divider[0] = split.getDividerPositions()[0];
                split.getItems().remove(pane);
            }
        });
    }

    private static DurabilityViewModel.Runner runner(Session session) {
        Connection c = session.connectionProperty().get();
        if (c == null) {
            return null;
        }
        // no local cluster (an external one): the check runs, but chaos has no broker it may kill
        DurabilityCheck check = new DurabilityCheck(c.bootstrapServers(), session.cluster());
        return (options, phase, progress) -> {
            phase.accept("producing");
            DurabilityCheck.Produced produced = check.produce(options, progress);
            phase.accept("reading back");
            return check.readBack(produced);
        };
    }

    /** The durability check's form, progress and report, beside the timeline so the kills it causes show there. */
    private Node durabilityPane(Session session) {
        Label title = new Label("Durability check");
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<String> topic = new ComboBox<>();
        topic.setId("durability-topic");
        topic.setEditable(true);
        topic.setMaxWidth(Double.MAX_VALUE);
        topic.valueProperty().bindBidirectional(durability.topicProperty());
        session.clusterStateProperty().addListener((o, a, state) -> {
            if (state != null && !topic.isShowing()) {
                List<String> names = state.topics().keySet().stream().filter(n -> !n.startsWith("__")).toList();
                String chosen = DurabilityViewModel.topicAfter(durability.topicProperty().get(),
                        List.copyOf(topic.getItems()), names);
                if (!names.equals(topic.getItems())) {
                    topic.getItems().setAll(names);
                }
                durability.topicProperty().set(chosen);
            }
        });
        Spinner<Integer> messages = NumberSpinners.of(1, 10_000_000, durability.messagesProperty().get(), 1_000);
        messages.setId("durability-messages");
        messages.valueProperty().addListener((o, a, v) -> durability.messagesProperty().set(v));
        durability.messagesProperty().addListener((o, a, v) -> messages.getValueFactory().setValue(v.intValue()));
        Spinner<Integer> rate = NumberSpinners.of(0, 1_000_000, durability.rateProperty().get(), 500);
        rate.setId("durability-rate");
        rate.valueProperty().addListener((o, a, v) -> durability.rateProperty().set(v));
        durability.rateProperty().addListener((o, a, v) -> rate.getValueFactory().setValue(v.intValue()));
        CheckBox chaos = new CheckBox();
        chaos.setId("durability-chaos");
        // two lines rather than "repeat …" cut beside a narrow pane
        chaos.setWrapText(true);
        chaos.setMinHeight(Region.USE_PREF_SIZE);
        chaos.selectedProperty().bindBidirectional(durability.chaosProperty());
        // chaos kills brokers, so only this machine's; a disabled box shows no tooltip, so its text says why
        Runnable localOnly = () -> {
            Connection c = session.connectionProperty().get();
            chaos.setDisable(c != null && !c.local());
            chaos.setText(chaos.isDisable() ? "Chaos: only for a cluster Brokerlab started (it kills brokers)"
                    : CHAOS_TEXT);
            if (chaos.isDisable()) {
                chaos.setSelected(false);
            }
        };
        session.connectionProperty().addListener(o -> localOnly.run());
        localOnly.run();
        Label chaosHint = wrapping("durability-chaos-hint");
        chaosHint.getStyleClass().add(Styles.WARNING);
        chaosHint.textProperty().bind(durability.chaosHint());
        shownWhile(chaosHint, chaosHint.textProperty().isNotEmpty());
        Button run = new Button("Run check", new FontIcon(Feather.SHIELD));
        run.setId("durability-run");
        run.getStyleClass().add("primary-action");
        run.disableProperty().bind(durability.runningProperty());
        run.setOnAction(e -> durability.run());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));
        cancel.setId("durability-cancel");
        cancel.disableProperty().bind(durability.runningProperty().not());
        cancel.setOnAction(e -> durability.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("durability-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(durability.progressProperty());
        Label progressText = wrapping("durability-progress-text");
        progressText.textProperty().bind(durability.progressTextProperty());
        VBox running = new VBox(4, progress, progressText);
        running.setId("durability-running");
        shownWhile(running, durability.runningProperty());
        Label status = wrapping("durability-status");
        status.textProperty().bind(durability.statusProperty());
        shownWhile(status, status.textProperty().isNotEmpty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, whole("Topic"), topic);
        form.addRow(1, whole("Messages"), messages);
        form.addRow(2, whole("Per second"), rate);
        rate.setTooltip(new Tooltip("Messages per second; 0 sends as fast as the cluster takes them"));
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), fields);
        GridPane result = new GridPane();
        result.setId("durability-report");
        result.setHgap(12);
        result.setVgap(4);
        List<DurabilityViewModel.Row> empty = DurabilityViewModel.rows(null);
        Label[] values = new Label[empty.size()];
        for (int i = 0; i < values.length; i++) {
            String name = empty.get(i).name();
            values[i] = new Label(empty.get(i).value());
            values[i].setId("durability-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            values[i].getStyleClass().add(Styles.TEXT_BOLD);
            result.addRow(i, whole(name), values[i]);
        }
        Label kills = new Label();
        kills.setId("durability-chaos-kills");
        kills.setWrapText(true);
        kills.managedProperty().bind(kills.visibleProperty());
        kills.setVisible(false);
        durability.rowsProperty().addListener((o, a, rows) -> {
            for (int i = 0; i < values.length; i++) {
                values[i].setText(rows.get(i).value());
                values[i].getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.WARNING);
                toned(values[i], rows.get(i).tone());
            }
        });
        durability.reportProperty().addListener((o, a, r) -> {
            List<String> chaosKills = r == null ? List.of() : DurabilityViewModel.chaosKills(r);
            kills.setText("Chaos:\n" + String.join("\n", chaosKills));
            kills.setVisible(!chaosKills.isEmpty());
        });
        Label note = new Label();
        note.setId("durability-note");
        note.textProperty().bind(durability.whatItWrites());
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, title, form, chaos, chaosHint, new HBox(8, run, cancel), running, problemNotice(),
                verdictLine(), status, result, kills, note);
        box.setId("durability-pane");
        box.setPadding(new Insets(12));
        // a laptop's 768 px, a larger text or a long chaos list: the pane scrolls rather than cutting its last lines
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        // narrower than its preferred width when the window is, rather than squeezing the timeline's Detail away
        scroll.setStyle("-fx-pref-width: 24em; -fx-min-width: 15em;");
        return scroll;
    }

    /**
     * Why the check ended without a report, as the app's notices look: a tinted box, the icon and title in the
     * warning or danger colour, the launcher's account (what happened, what to do) under them.
     */
    private Node problemNotice() {
        Label title = wrapping("durability-problem-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label detail = wrapping("durability-problem-detail");
        VBox notice = new VBox(4, title, detail);
        notice.setId("durability-problem");
        notice.getStyleClass().add("durability-notice");
        shownWhile(notice, durability.problemProperty().isNotNull());
        durability.problemProperty().addListener((o, was, problem) -> {
            notice.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            title.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            if (problem != null) {
                String tone = problem.tone() == DurabilityViewModel.Tone.BAD ? Styles.DANGER : Styles.WARNING;
                notice.getStyleClass().add(tone);
                title.getStyleClass().add(tone);
                title.setGraphic(new FontIcon(tone.equals(Styles.DANGER) ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE));
                // when: the box stays until the topic changes or the check runs again, the cluster mended meanwhile
                title.setText(problem.title() + " · " + ENDED_AT.format(Instant.now()));
                detail.setText(problem.detail());
            }
        });
        return notice;
    }

    /** The report's verdict, larger than anything else in the pane and in its tone, with what it means under it. */
    private Node verdictLine() {
        Label headline = wrapping("durability-verdict-headline");
        headline.getStyleClass().add(Styles.TITLE_3);
        Label explanation = wrapping("durability-verdict-explanation");
        VBox line = new VBox(2, headline, explanation);
        line.setId("durability-verdict");
        shownWhile(line, durability.verdictProperty().isNotNull());
        durability.verdictProperty().addListener((o, was, verdict) -> {
            headline.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.WARNING);
            if (verdict != null) {
                toned(headline, verdict.tone());
                headline.setGraphic(new FontIcon(switch (verdict.tone()) {
                    case GOOD -> Feather.CHECK_CIRCLE;
                    case BAD -> Feather.X_OCTAGON;
                    case WARNING, NEUTRAL -> Feather.ALERT_TRIANGLE;
                }));
                headline.setText(verdict.headline());
                explanation.setText(verdict.explanation());
            }
        });
        return line;
    }

    /** A label whose sentences wrap and are never cut to "…" when the pane is short of height. */
    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shown, and given room, only while {@code when} holds: an empty line would leave a gap in the pane. */
    private static void shownWhile(Node node, ObservableBooleanValue when) {
        node.managedProperty().bind(node.visibleProperty());
        node.visibleProperty().bind(when);
    }

    /**
     * A form label never cut to "Messa…": a grid column sized while the text was larger or smaller can otherwise
     * end up narrower than the word after a font-size round trip.
     */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void toned(Label label, DurabilityViewModel.Tone tone) {
        switch (tone) {
            case GOOD -> label.getStyleClass().add(Styles.SUCCESS);
            case WARNING -> label.getStyleClass().add(Styles.WARNING);
            case BAD -> label.getStyleClass().add(Styles.DANGER);
            case NEUTRAL -> { }
        }
    }

    public DurabilityViewModel durability() {
        return durability;
    }

    /** The gap to the line before: ms below a second, else seconds with one decimal. */
    static String gap(long millis) {
        if (millis == 0) {
            return "";
        }
        return millis < 1000 ? "+" + millis + " ms" : String.format(java.util.Locale.ROOT, "+%.1f s", millis / 1000.0);
    }

    /**
     * Gives {@code column} a preferred width in ems of {@code probe}'s font (a label in the same view, so it follows
     * the app's font size), again whenever that changes. Columns are not styleable by CSS, and a bound width would
     * break resizing.
     */
    private static void prefInEm(Label probe, TableColumn<?, ?> column, double prefEm) {
        Runnable apply = () -> column.setPrefWidth(prefEm * probe.getFont().getSize());
        probe.fontProperty().addListener(o -> apply.run());
        apply.run();
    }

    /** The timeline of the cluster shown. */
    public TimelineViewModel model() {
        return timelines.shownProperty().get();
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
