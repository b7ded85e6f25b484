package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.UiTestSupport;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Tooltips read like the window: wrapped to a readable width, at the window's text size (a projector's too). */
class TooltipLookTest {

    @Test
    void aLongTooltipWrapsAtTheWindowsTextSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage[] stage = new Stage[1];
        Tooltip tip = new Tooltip("{n} in the value becomes each message's number: 1, 2, 3…, counting on across sends"
                + " for the whole session, so repeated sends never look like duplicates; a value without {n} is sent"
                + " unchanged every time");
        UiTestSupport.onFx(() -> {
            Label owner = new Label("value");
            owner.setTooltip(tip);
            StackPane root = new StackPane(owner);
            Scene scene = new Scene(root, 400, 200);
            scene.getStylesheets().add(IconSizes.stylesheetFor(22));
            root.setStyle("-fx-font-size: 22px;");
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            // as the window does for each tooltip it opens (WindowAppearance)
            Tooltips.readable(tip, 22);
            tip.show(stage[0]);
        });
        try {
            UiTestSupport.waitFor(5, "the tooltip laid out", () -> tip.getSkin() != null
                    && ((Label) tip.getSkin().getNode()).getHeight() > 0);
            UiTestSupport.onFx(() -> {
                Label shown = (Label) tip.getSkin().getNode();
                assertThat(shown.getFont().getSize()).as("the window's text size").isEqualTo(22);
                assertThat(shown.getWidth()).as("wrapped to a readable width").isLessThanOrEqualTo(Tooltips.MAX_WIDTH_EM * 22 + 40);
                assertThat(shown.getHeight()).as("on several lines").isGreaterThan(2 * 22);
            });
        } finally {
            UiTestSupport.onFx(() -> {
                tip.hide();
                stage[0].close();
            });
        }
    }
}
