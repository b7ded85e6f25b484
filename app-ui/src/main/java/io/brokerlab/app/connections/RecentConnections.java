package io.brokerlab.app.connections;

import io.brokerlab.app.AppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The last few external clusters connected to, newest first, in the user's {@link Preferences} so the next run offers
 * them again. Preferences write through a cache, so calls are cheap enough for the FX thread.
 */
public final class RecentConnections {

    /** One remembered connection; {@code zookeeper} empty when it was made without one. */
    public record Recent(String bootstrapServers, Optional<String> zookeeper) {
    }

    static final int MAX = 5;

    private final Preferences prefs;

    public RecentConnections(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentConnections forUser() {
        return new RecentConnections(AppSettings.userNode().node("connections"));
    }

    public List<Recent> list() {
        List<Recent> recent = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String bootstrap = prefs.get("recent." + i + ".bootstrap", null);
            if (bootstrap != null) {
                recent.add(new Recent(bootstrap, Optional.ofNullable(prefs.get("recent." + i + ".zookeeper", null))));
            }
        }
        return recent;
    }

    /** Puts {@code connection} first; the same bootstrap servers seen before move up instead of appearing twice. */
    public void remember(Recent connection) {
        List<Recent> recent = new ArrayList<>(list());
        recent.removeIf(r -> r.bootstrapServers().equals(connection.bootstrapServers()));
        recent.add(0, connection);
        for (int i = 0; i < MAX; i++) {
            if (i < recent.size()) {
                prefs.put("recent." + i + ".bootstrap", recent.get(i).bootstrapServers());
                Optional<String> zookeeper = recent.get(i).zookeeper();
                if (zookeeper.isPresent()) {
                    prefs.put("recent." + i + ".zookeeper", zookeeper.get());
                } else {
                    prefs.remove("recent." + i + ".zookeeper");
                }
            }
        }
    }
}
