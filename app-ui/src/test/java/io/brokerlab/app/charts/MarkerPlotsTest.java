package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerPlotsTest {

    @Test
    void everyPlotPlacesOnTheNarrowestAndTheOthersAreLaidOutAgainWhenItChanges() {
        MarkerPlots plots = new MarkerPlots();
        List<String> relaidOut = new ArrayList<>();
        plots.add("messages", () -> relaidOut.add("messages"));
        plots.add("bytes", () -> relaidOut.add("bytes"));

        assertThat(plots.narrowest("messages", 500)).isEqualTo(500);
        assertThat(relaidOut).as("placed before on no width").containsExactly("bytes");
        relaidOut.clear();

        assertThat(plots.narrowest("bytes", 480)).isEqualTo(480);
        assertThat(relaidOut).as("placed on 500, now 480").containsExactly("messages");
        relaidOut.clear();

        assertThat(plots.narrowest("messages", 520)).as("wider: still the narrowest's").isEqualTo(480);
        assertThat(relaidOut).isEmpty();

        assertThat(plots.narrowest("bytes", 600)).isEqualTo(520);
        assertThat(relaidOut).containsExactly("messages");
    }
}
