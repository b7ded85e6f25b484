package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcutKeyTest {

    @Test
    void aMacUserReadsCmdWhereOthersReadCtrl() {
        String hint = "Ctrl+1…7 views · Ctrl+Shift+K kill the selected node · F5 refresh";
        assertThat(ShortcutKey.named(hint, true)).isEqualTo("Cmd+1…7 views · Cmd+Shift+K kill the selected node · F5 refresh");
        assertThat(ShortcutKey.named(hint, false)).isEqualTo(hint);
    }
}
