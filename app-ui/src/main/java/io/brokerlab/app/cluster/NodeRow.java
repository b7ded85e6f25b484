package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.QuorumPorts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One node as the cluster view shows it; updated in place from snapshots, on the FX thread. */
public final class NodeRow {

    private final NodeId id;
    private final Optional<QuorumPorts> quorumPorts;
    private final ObjectProperty<NodeState> state = new SimpleObjectProperty<>(NodeState.STOPPED);
    private final StringProperty ports = new SimpleStringProperty("—");
    private final StringProperty portDetails = new SimpleStringProperty("");
    private final StringProperty pid = new SimpleStringProperty("—");
    private final StringProperty role = new SimpleStringProperty("");
    private final BooleanProperty leading = new SimpleBooleanProperty();
    private final StringProperty uptime = new SimpleStringProperty("—");
    private final StringProperty heap = new SimpleStringProperty("—");
    private final StringProperty sessions = new SimpleStringProperty("—");
    private final StringProperty leads = new SimpleStringProperty("—");
    private int ledCount;
    private int ledTotal;
    private final StringProperty exitReason = new SimpleStringProperty("");
    private final StringProperty restartNeeded = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final NodeProgress progress = new NodeProgress();
    private int actionsRunning;
    private NodeStatus last;

    /** @param quorumPorts an ensemble member's peer and election ports, empty otherwise */
    NodeRow(NodeId id, Optional<QuorumPorts> quorumPorts) {
        this.id = id;
        this.quorumPorts = quorumPorts;
    }

    void update(NodeStatus status) {
        state.set(status.state());
        ports.set(portsOf(status));
        portDetails.set(portDetailsOf(status, quorumPorts));
        pid.set(status.pid().isPresent() ? Long.toString(status.pid().getAsLong()) : "—");
        role.set(roleOf(status));
        leading.set("controller".equals(role.get()) || "leader".equals(role.get()));
        uptime.set(status.uptimeMillis().isPresent() && status.state().isAlive()
                ? formatDuration(Duration.ofMillis(status.uptimeMillis().getAsLong())) : "—");
        heap.set(status.heapUsedBytes().isPresent() && status.state().isAlive()
                ? formatBytes(status.heapUsedBytes().getAsLong()) : "—");
        exitReason.set(status.exitReason().orElse(""));
        sessions.set(sessionsOf(status));
        showLeads();
        last = status;
        progress.update(status, busy.get());
    }

    /**
     * How many of the topics' partitions this broker leads, of how many: one broker leading them all after a failover
     * is what a preferred election undoes. {@code total} 0: not known (no state read, or no topic).
     */
    void leads(int count, int total) {
        ledCount = count;
        ledTotal = total;
        showLeads();
    }

    /** A broker that is not running leads nothing, whatever ZooKeeper says until its session ends. */
    private void showLeads() {
        leads.set(ledTotal == 0 || state.get() != NodeState.RUNNING ? "—" : ledCount + " of " + ledTotal);
    }

    /** A serving ZooKeeper's client count and last zxid: how busy it is and how far it has got. */
    static String sessionsOf(NodeStatus status) {
        if (status.clients().isEmpty() || !status.state().isAlive()) {
            return "—";
        }
        long clients = status.clients().getAsLong();
        return clients + (clients == 1 ? " client" : " clients") + status.zxid().map(z -> " · zxid " + z).orElse("");
    }

    /** The client port and the agent's, e.g. {@code 9092 · agent 27123}. */
    static String portsOf(NodeStatus status) {
        return status.port() + " · agent " + status.agentPort();
    }

    /** Every port of the node, one a line, with what it is for. */
    static String portDetailsOf(NodeStatus status, Optional<QuorumPorts> quorum) {
        String client = status.kind() == NodeKind.ZOOKEEPER ? "brokers and tools connect here" : "clients connect here";
        StringBuilder text = new StringBuilder("client " + status.port() + ": " + client);
        quorum.ifPresent(q -> text.append("\npeer ").append(q.peer()).append(": followers talk to the leader here")
                .append("\nelection ").append(q.election()).append(": leader election"));
        return text.append("\nagent ").append(status.agentPort()).append(": Brokerlab's health and stop requests")
                .toString();
    }

    static String roleOf(NodeStatus status) {
        // a paused node's last role is not its role: the cluster moves on without it (a new controller, a new leader)
        if (status.state() == NodeState.PAUSED || !status.state().isAlive()) {
            return "";
        }
        if (status.kind() == NodeKind.BROKER) {
            return status.controller() ? "controller" : (status.state() == NodeState.RUNNING ? "broker" : "");
        }
        // a peer not yet created reports its role as "starting": the state badge says that already
        return status.role().filter(r -> !r.equals(status.state().label())).orElse("");
    }

    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    static String formatBytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    public NodeId id() {
        return id;
    }

    public NodeKind kind() {
        return id.kind();
    }

    public String name() {
        return id.name();
    }

    public ReadOnlyObjectProperty<NodeState> stateProperty() {
        return state;
    }

    public NodeState state() {
        return state.get();
    }

    /** The client and agent port, short enough for the card. */
    public ReadOnlyStringProperty portsProperty() {
        return ports;
    }

    /** Every port with what it is for, ensemble ports included: for a tooltip. */
    public ReadOnlyStringProperty portDetailsProperty() {
        return portDetails;
    }

    public ReadOnlyStringProperty pidProperty() {
        return pid;
    }

    public ReadOnlyStringProperty roleProperty() {
        return role;
    }

    /** A controller broker or a leading ZooKeeper: the card highlights its role. */
    public ReadOnlyBooleanProperty leadingProperty() {
        return leading;
    }

    public ReadOnlyStringProperty uptimeProperty() {
        return uptime;
    }

    public ReadOnlyStringProperty heapProperty() {
        return heap;
    }

    public ReadOnlyStringProperty sessionsProperty() {
        return sessions;
    }

    public ReadOnlyStringProperty leadsProperty() {
        return leads;
    }

    public ReadOnlyStringProperty exitReasonProperty() {
        return exitReason;
    }

    /** {@code why}: the node's file was written since it started, so a restart applies it; "": up to date. */
    void awaitsRestart(String why) {
        restartNeeded.set(why);
    }

    /** Why the node needs a restart, in a sentence; "" while it runs with its file as it is. */
    public ReadOnlyStringProperty restartNeededProperty() {
        return restartNeeded;
    }

    /** True while an action on this node is in flight. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Counted: a kill may start and end while a stop of the same node still runs. */
    void actionStarted() {
        busy.set(++actionsRunning > 0);
        updateProgress();
    }

    void actionEnded() {
        busy.set(--actionsRunning > 0);
        updateProgress();
    }

    private void updateProgress() {
        if (last != null) {
            progress.update(last, busy.get());
        }
    }

    /** True while the node starts or stops or an action on it runs: its card shows {@link #progressProperty}. */
    public ReadOnlyBooleanProperty progressShownProperty() {
        return progress.shownProperty();
    }

    /** How far that start or stop has got, 0 to 1; it never goes back during one. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }
}
