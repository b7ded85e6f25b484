package io.brokerlab.app.properties;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import org.testfx.api.FxRobot;

/** The Properties view of a window under test, opened as a user does. */
final class PropertiesScreen {

    private PropertiesScreen() {
    }

    /** Clicks Properties in {@code window}'s sidebar and waits for the form; returns its view model. */
    static PropertiesViewModel open(MainWindow window, FxRobot robot) {
        UiTestSupport.click(robot, "#nav-properties");
        UiTestSupport.waitFor(20, "the form", () -> robot.lookup("#properties-sheet .text-field").tryQuery().isPresent());
        return window.views().stream().filter(PropertiesPage.class::isInstance)
                .map(view -> ((PropertiesPage) view).files().model()).findFirst().orElseThrow();
    }
}
