package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** How a node action looks wherever it is offered (a node's card, the replica map's menu): word, icon, colour. */
public final class ActionLook {

    private ActionLook() {
    }

    /** "Kill", "Start"... */
    public static String word(Action action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static Ikon icon(Action action) {
        return switch (action) {
            case START -> Feather.PLAY;
            case STOP -> Feather.STOP_CIRCLE;
            case KILL -> Feather.ZAP;
            case PAUSE -> Feather.PAUSE;
            case RESUME -> Feather.PLAY_CIRCLE;
            case RESTART -> Feather.ROTATE_CW;
        };
    }

    /** The style class that marks it, or null: Kill is red everywhere, the failover demo's button. */
    public static String style(Action action) {
        return action == Action.KILL ? Styles.DANGER : null;
    }
}
