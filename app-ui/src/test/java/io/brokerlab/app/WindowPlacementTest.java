package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A laptop's usable area below a 32 px top bar. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 32, 1366, 736);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 2560, 1400);

    @Test
    void theFirstTimeThePreferredSizeCentredWhenTheScreenHasRoom() {
        assertThat(WindowPlacement.fit(Optional.empty(), WIDE, List.of(WIDE)))
                .isEqualTo(new Rectangle2D(580, 250, 1400, 900));
    }

    @Test
    void theFirstTimeOnASmallScreenNoLargerThanItsUsableArea() {
        assertThat(WindowPlacement.fit(Optional.empty(), LAPTOP, List.of(LAPTOP)))
                .isEqualTo(new Rectangle2D(0, 32, 1366, 736));
    }

    @Test
    void boundsLeftOnAScreenAreKept() {
        Rectangle2D secondScreen = new Rectangle2D(1366, 0, 1920, 1080);
        Rectangle2D there = new Rectangle2D(1500, 100, 1200, 800);
        assertThat(WindowPlacement.fit(Optional.of(there), LAPTOP, List.of(LAPTOP, secondScreen))).isEqualTo(there);
    }

    @Test
    void boundsOnAProjectorUnpluggedSinceComeBackOntoThePrimaryScreenShrunkToIt() {
        Rectangle2D onProjector = new Rectangle2D(1366, 0, 1920, 1080);
        assertThat(WindowPlacement.fit(Optional.of(onProjector), LAPTOP, List.of(LAPTOP)))
                .isEqualTo(new Rectangle2D(0, 32, 1366, 736));
    }

    @Test
    void boundsPartlyOffScreenAreMovedOnAsLittleAsNeeded() {
        Rectangle2D belowTheBottom = new Rectangle2D(100, 300, 1000, 600);
        assertThat(WindowPlacement.fit(Optional.of(belowTheBottom), LAPTOP, List.of(LAPTOP)))
                .isEqualTo(new Rectangle2D(100, 168, 1000, 600));
        Rectangle2D leftOfTheScreen = new Rectangle2D(-200, 40, 1000, 600);
        assertThat(WindowPlacement.fit(Optional.of(leftOfTheScreen), LAPTOP, List.of(LAPTOP)))
                .isEqualTo(new Rectangle2D(0, 40, 1000, 600));
    }

    @Test
    void boundsAcrossTwoScreensOrPartlyOffASecondOneStayOnTheScreenTheyMostlyLayOn() {
        Rectangle2D secondScreen = new Rectangle2D(1366, 0, 1920, 1080);
        Rectangle2D mostlyOnTheSecond = new Rectangle2D(1000, 100, 1200, 800);
        assertThat(WindowPlacement.fit(Optional.of(mostlyOnTheSecond), LAPTOP, List.of(LAPTOP, secondScreen)))
                .isEqualTo(new Rectangle2D(1366, 100, 1200, 800));
        Rectangle2D belowTheSecond = new Rectangle2D(2000, 600, 1200, 800);
        assertThat(WindowPlacement.fit(Optional.of(belowTheSecond), LAPTOP, List.of(LAPTOP, secondScreen)))
                .isEqualTo(new Rectangle2D(2000, 280, 1200, 800));
    }

    @Test
    void theMinimumSizeIsUsableButNeverLargerThanTheScreen() {
        assertThat(WindowPlacement.minimum(WIDE)).isEqualTo(new Rectangle2D(0, 0, 960, 600));
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 560);
        assertThat(WindowPlacement.minimum(tiny)).isEqualTo(new Rectangle2D(0, 0, 800, 560));
    }
}
