package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcutHintTest {

    private static final List<String> VIEWS = List.of("Cluster", "Properties", "Topics", "Console", "Timeline",
            "Charts", "Connections");

    @Test
    void theHintStartsWithTheKeyThatListsThemAllAndNamesKillOnlyForAWorkspacesCluster() {
        assertThat(ShortcutHint.of(7, true)).startsWith("F1 all keys · Ctrl+1…7 views")
                .contains("Ctrl+Shift+K kill", "Ctrl+F search", "Ctrl+=/-");
        assertThat(ShortcutHint.of(7, false)).startsWith("F1 all keys").doesNotContain("Ctrl+Shift");
    }

    @Test
    void theListNamesEachViewsKeyAndProcessControlOnlyWhereItApplies() {
        List<KeyboardShortcuts.Group> local = KeyboardShortcuts.of(VIEWS, true);
        assertThat(local.get(0).shortcuts()).extracting(KeyboardShortcuts.Shortcut::keys)
                .startsWith("Ctrl+1", "Ctrl+2").contains("Ctrl+7", "Ctrl+F", "F1").doesNotContain("Ctrl+8");
        assertThat(local.get(0).shortcuts().get(6).what()).isEqualTo("Connections");
        assertThat(local).extracting(KeyboardShortcuts.Group::title).contains("Cluster (from every view)",
                "Console");
        assertThat(KeyboardShortcuts.of(VIEWS, false)).extracting(KeyboardShortcuts.Group::title)
                .doesNotContain("Cluster (from every view)").contains("Window", "Properties", "Topics");
    }
}
