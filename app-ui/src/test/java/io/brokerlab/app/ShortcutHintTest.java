package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcutHintTest {

    @Test
    void aWorkspacesClusterListsProcessControlKeys() {
        assertThat(ShortcutHint.of(7, true)).startsWith("Ctrl+1…7 views · Ctrl+Shift+U start all")
                .contains("Ctrl+Shift+D stop all", "Ctrl+Shift+K kill", "Ctrl+F search", "Ctrl+N", "Ctrl+O", "Ctrl+T",
                        "Ctrl+=/-");
    }

    @Test
    void anExternalClusterListsNoKeysItCannotUse() {
        assertThat(ShortcutHint.of(7, false)).doesNotContain("Ctrl+Shift")
                .contains("Ctrl+F search", "Ctrl+N new cluster", "Ctrl+O open workspace", "Ctrl+T theme", "Ctrl+=/- text size");
    }
}
