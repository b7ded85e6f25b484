package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ActionLook;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.config.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The replica map's right-click menu: make an in-sync follower the leader, and kill, stop or start the replica's broker
 * when the cluster is local. One menu for the whole map, filled when asked for, so the cells carry none. FX thread.
 */
final class ReplicaMenu {

    /** Kill first: the failover demo's. */
    static final List<Action> BROKER_ACTIONS = List.of(Action.KILL, Action.STOP, Action.START);

    private static final String TITLE_ID = "replica-menu-title";

    private final TopicsViewModel model;
    private final NodeActions nodes;
    private final ContextMenu menu = new ContextMenu();
    private final Node owner;

    /**
     * @param owner the whole map, not the cell clicked: a popup closes when its owner leaves the scene, and the map
     *              recycles its cells as it scrolls or its rows change
     */
    ReplicaMenu(TopicsViewModel model, NodeActions nodes, Node owner) {
        this.model = model;
        this.nodes = nodes;
        this.owner = owner;
        menu.setId("replica-menu");
        // its items name a topic: another topic (or cluster) shown makes them wrong. A new state of the same topic
        // does not: during a failover states come every few seconds, and the menu would close while being read
        // by equality: the topic list re-selects its row on every state, with a new but equal name, which an
        // invalidation listener took for another topic (the menu closed by itself during a failover)
        model.selectedProperty().addListener((o, was, now) -> menu.hide());
    }

    /** Shows what can be done with {@code partition}'s replica on {@code broker}, or nothing when nothing can. */
    void show(int partition, int broker, ReplicaState state, double screenX, double screenY) {
        List<MenuItem> items = items(partition, broker, state);
        menu.hide();
        if (!items.isEmpty()) {
            CustomMenuItem title = title(partition, broker, state);
            menu.getItems().setAll(title, new SeparatorMenuItem());
            menu.getItems().addAll(items);
            menu.show(owner, screenX, screenY);
            // the menu's scene focuses its first node only the first time it opens; later it would keep the last
            title.getContent().requestFocus();
        }
    }

    /** What the menu of {@code partition}'s replica on {@code broker} offers now. */
    List<MenuItem> items(int partition, int broker, ReplicaState state) {
        List<MenuItem> items = new ArrayList<>();
        TopicInfo topic = model.detailProperty().get();
        if (topic != null && state == ReplicaState.IN_SYNC && !model.leaderMoveDisabled().get()) {
            // "preferred": the move puts broker first in the replica list, so a later preferred election keeps it
            MenuItem lead = new MenuItem("Make broker-" + broker + " the preferred leader of " + topic.name() + "-"
                    + partition, new FontIcon(Feather.STAR));
            lead.setId("replica-menu-lead");
            String name = topic.name();
            lead.setOnAction(e -> model.moveLeadership(name, partition, broker));
            items.add(lead);
        }
        List<Action> offered = nodes.offered(NodeId.broker(broker), BROKER_ACTIONS);
        if (!items.isEmpty() && !offered.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (Action action : offered) {
            items.add(brokerItem(action, broker));
        }
        return items;
    }

    /**
     * Which replica the menu is about. The menu opens with the focus on it rather than on an action: the menu's scene
     * would focus its first focus-traversable node, the first action (Kill, on a leader), and Enter to open the menu
     * then Enter once more would run it.
     */
    private CustomMenuItem title(int partition, int broker, ReplicaState state) {
        Label text = new Label(model.selectedProperty().get() + "-" + partition + " on broker-" + broker
                + (state.label().isEmpty() ? "" : ": " + state.label()));
        text.setFocusTraversable(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        // from the title the arrow keys go straight to the actions, as they would from a menu opened on none
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                List<MenuItem> actions = menu.getItems().stream()
                        .filter(item -> item.getId() != null && !item.getId().equals(TITLE_ID)).toList();
                Node target = actions.isEmpty() || menu.getSkin() == null ? null : menu.getSkin().getNode()
                        .lookup("#" + actions.get(e.getCode() == KeyCode.DOWN ? 0 : actions.size() - 1).getId());
                if (target != null) {
                    target.requestFocus();
                    e.consume();
                }
            }
        });
        CustomMenuItem title = new CustomMenuItem(text, false);
        title.setId(TITLE_ID);
        return title;
    }

    private MenuItem brokerItem(Action action, int broker) {
        MenuItem item = new MenuItem(ActionLook.word(action) + " broker-" + broker,
                new FontIcon(ActionLook.icon(action)));
        item.setId("replica-menu-" + action.name().toLowerCase(Locale.ROOT));
        if (ActionLook.style(action) != null) {
            item.getStyleClass().add(ActionLook.style(action));
        }
        item.setOnAction(e -> nodes.run(action, NodeId.broker(broker)));
        return item;
    }
}
