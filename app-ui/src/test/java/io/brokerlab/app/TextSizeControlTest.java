package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class TextSizeControlTest {

    @Test
    void stepsOfTwoPxReachAProjectorsSizeInThreeClicksWithinTheBounds() {
        double size = AppSettings.DEFAULT_FONT;
        for (int click = 0; click < 3; click++) {
            size = TextSizes.larger(size);
        }
        assertThat(size).isEqualTo(20);
        assertThat(TextSizes.smaller(20)).isEqualTo(18);
        assertThat(TextSizes.larger(AppSettings.MAX_FONT)).isEqualTo(AppSettings.MAX_FONT);
        assertThat(TextSizes.smaller(AppSettings.MIN_FONT)).isEqualTo(AppSettings.MIN_FONT);
        // a size remembered by the 1 px steps of earlier versions goes to the next even step either way
        assertThat(TextSizes.larger(15)).isEqualTo(16);
        assertThat(TextSizes.smaller(15)).isEqualTo(14);
        assertThat(TextSizes.PRESETS).extracting(TextSizes.Preset::label)
                .containsExactly("Laptop · 14 px", "Projector · 20 px", "Large room · 26 px");
        assertThat(TextSizes.describe(20)).isEqualTo("20 px (Projector)");
        assertThat(TextSizes.describe(17)).isEqualTo("17 px");
    }

    @Test
    void theAaMenuSetsAPresetAndNamesTheSizeTheWindowHas() throws Exception {
        FxToolkit.registerPrimaryStage();
        Preferences prefs = new MemoryPreferences();
        // as a version with 1 px steps left it
        prefs.putDouble("font.size", 15);
        AppSettings settings = new AppSettings(prefs);
        AtomicReference<Stage> stage = new AtomicReference<>();
        try {
            UiTestSupport.onFx(() -> {
                stage.set(new Stage());
                // wired as MainWindow wires them: the header made first, the appearance told what it shows
                AtomicReference<WindowAppearance> window = new AtomicReference<>();
                WindowHeader header = new WindowHeader(new Session(Runnable::run), direction -> window.get()
                        .changeFont(direction), size -> window.get().setFontSize(size), () -> { }, () -> { }, () -> { });
                BorderPane root = new BorderPane();
                root.setTop(header);
                Scene scene = new Scene(root);
                WindowAppearance appearance = new WindowAppearance(stage.get(), scene, settings, dark -> { },
                        header::showFontSize);
                window.set(appearance);
                MenuButton aa = (MenuButton) header.lookup("#text-size");
                assertThat(aa.getTooltip().getText()).startsWith("Text size: 15 px.");
                assertThat(aa.getItems()).noneMatch(item -> ((RadioMenuItem) item).isSelected());

                appearance.changeFont(1);
                assertThat(settings.fontSize()).isEqualTo(16);
                assertThat(root.getStyle()).contains("-fx-font-size: 16.0px");

                MenuItem projector = aa.getItems().get(1);
                projector.fire();
                assertThat(settings.fontSize()).isEqualTo(20);
                assertThat(prefs.getDouble("font.size", -1)).as("the remembered setting, as before").isEqualTo(20);
                assertThat(aa.getTooltip().getText()).startsWith("Text size: 20 px (Projector).");
                assertThat(((RadioMenuItem) projector).isSelected()).isTrue();

                // the largest text in a narrow window: the addresses give way, never "Aa", the way back
                aa.getItems().get(aa.getItems().size() - 1).fire();
                root.applyCss();
                header.resize(300, header.prefHeight(300));
                header.layout();
                assertThat(aa.getWidth()).as("Aa whole, not \"…\"").isGreaterThanOrEqualTo(aa.prefWidth(-1) - 0.5);
            });
        } finally {
            // as the window closing does: the appearance stops styling the windows other tests open, and the theme
            // it set for the whole application goes
            UiTestSupport.onFx(() -> {
                if (stage.get() != null) {
                    stage.get().fireEvent(new WindowEvent(stage.get(), WindowEvent.WINDOW_HIDDEN));
                }
                javafx.application.Application.setUserAgentStylesheet(null);
            });
        }
    }

    /** Preferences kept in memory: the test leaves the user's own store alone. */
    private static final class MemoryPreferences extends AbstractPreferences {

        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException("no child nodes");
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
