package io.brokerlab.app.ui;

import io.brokerlab.app.UiTestSupport;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Follow keeps the newest row in view, also when the rows or the view change size under it. */
class FollowNewestTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theNewestRowStaysInViewAfterALargerTextAndAShorterView() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        ObservableList<String> rows = FXCollections.observableArrayList();
        ListView<String> list = new ListView<>(rows);
        list.setId("followed");
        VBox root = new VBox(list);
        UiTestSupport.onFx(() -> {
            FollowNewest.install(list, new SimpleBooleanProperty(true));
            stage.setScene(new Scene(root, 400, 500));
            stage.show();
            rows.setAll(IntStream.range(0, 300).mapToObj(i -> "message " + i).toList());
        });
        UiTestSupport.waitFor(5, "the newest row in view", () -> UiTestSupport.showsItsLastItem(stage.getScene(),
                "#followed"));

        UiTestSupport.onFx(() -> root.setStyle("-fx-font-size: 26px;"));
        UiTestSupport.waitFor(5, "the newest row in view at a larger text", () -> UiTestSupport.showsItsLastItem(
                stage.getScene(), "#followed"));

        UiTestSupport.onFx(() -> list.setMaxHeight(200));
        UiTestSupport.waitFor(5, "the newest row in view in a shorter list", () -> UiTestSupport.showsItsLastItem(
                stage.getScene(), "#followed"));
    }
}
