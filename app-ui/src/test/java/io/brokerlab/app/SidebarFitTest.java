package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

class SidebarFitTest {

    @Test
    void aLaptopAtAProjectorsTextSizeShowsIconsOnlyAWideScreenTheNames() {
        assertThat(SidebarFit.compact(1366, 14)).as("a laptop at the laptop size").isFalse();
        assertThat(SidebarFit.compact(1366, 20)).as("a laptop at the projector size").isTrue();
        assertThat(SidebarFit.compact(1920, 20)).as("full HD at the projector size").isFalse();
        assertThat(SidebarFit.compact(1920, 26)).as("full HD, large room").isTrue();
        assertThat(SidebarFit.compact(0, 20)).as("not laid out yet").isFalse();
    }

    @Test
    void compactTheButtonsShowTheirIconsAndTheSidebarNarrows() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTestSupport.onFx(() -> {
            Label brand = new Label("Brokerlab", new FontIcon(Feather.LAYERS));
            brand.getStyleClass().add("brand");
            ToggleButton nav = new ToggleButton("Connections", new FontIcon(Feather.GLOBE));
            nav.getStyleClass().add("nav-button");
            VBox sidebar = new VBox(brand, nav);
            sidebar.getStyleClass().add("sidebar");
            BorderPane root = new BorderPane();
            root.setLeft(sidebar);
            root.setStyle("-fx-font-size: 20px;");
            Scene scene = new Scene(root, 1366, 768);
            scene.getStylesheets().add(SidebarFitTest.class.getResource("app.css").toExternalForm());
            root.applyCss();
            root.layout();
            double wide = sidebar.getWidth();
            assertThat(nav.getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);

            SidebarFit fit = new SidebarFit(sidebar);
            fit.fontSize(20);
            fit.width(scene.getWidth());
            root.applyCss();
            root.layout();
            assertThat(nav.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(brand.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(sidebar.getWidth()).as("room given back to the view").isLessThan(wide / 2);

            fit.fontSize(14);
            root.applyCss();
            root.layout();
            assertThat(nav.getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
        });
    }
}
