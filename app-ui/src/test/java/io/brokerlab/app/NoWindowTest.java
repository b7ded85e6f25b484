package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoWindowTest {

    @Test
    void namesWhatToInstallWhenGtkIsMissing() {
        assertThat(NoWindow.explain("Unable to load glass GTK library."))
                .contains("lacks GTK 3").contains("sudo apt-get install libgtk-3-0")
                .endsWith("./brokerlab --help lists them.");
    }

    @Test
    void saysThereIsNoDisplay() {
        assertThat(NoWindow.explain("Unable to open DISPLAY")).contains("no display to show it on")
                .contains("Run it in a desktop session");
    }

    @Test
    void passesOnAnyOtherReason() {
        assertThat(NoWindow.explain("Unsupported pixel format")).isEqualTo("Brokerlab cannot open its window:"
                + " Unsupported pixel format. The commands work without a window: ./brokerlab --help lists them.");
        assertThat(NoWindow.explain(null)).startsWith("Brokerlab cannot open its window: JavaFX could not start.");
    }
}
