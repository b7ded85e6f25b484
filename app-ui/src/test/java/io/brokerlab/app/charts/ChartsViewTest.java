package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.Session;
import io.brokerlab.app.UiTestSupport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The charts' span and Pause, fed samples directly: no cluster, the toolkit on Monocle. */
class ChartsViewTest {

    private static final long T0 = 1_796_000_000_000L;

    private Session session;
    private ChartsView view;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        session = new Session(Runnable::run);
        UiTestSupport.onFx(() -> {
            view = new ChartsView(session);
            stage = new Stage();
            stage.setScene(new Scene((Parent) view.root(), 1200, 800));
            stage.show();
            view.shown();
        });
    }

    @AfterEach
    void close() {
        UiTestSupport.onFx(() -> stage.close());
        session.close();
    }

    @Test
    void aLongerSpanShowsTheFailoverOfTenMinutesAgoAndPauseHoldsTheChartsStill() {
        UiTestSupport.onFx(() -> {
            view.model().samples().addAll(seconds(0, 600));
            assertThat(shownSeconds()).as("the last two minutes, at first").isEqualTo(120);

            fire("#charts-span-15");
            assertThat(shownSeconds()).as("all ten minutes sampled").isEqualTo(600);
            fire("#charts-span-5");
            assertThat(shownSeconds()).isEqualTo(300);

            fire("#charts-pause");
            view.model().samples().addAll(seconds(601, 620));
            assertThat(newestSecond()).as("held still").isEqualTo(600);
            assertThat(((ButtonBase) view.root().lookup("#charts-pause")).getText()).isEqualTo("Resume");

            fire("#charts-pause");
            assertThat(newestSecond()).as("what came meanwhile, drawn on Resume").isEqualTo(620);
            view.model().samples().addAll(seconds(621, 621));
            assertThat(newestSecond()).isEqualTo(621);
        });
    }

    private static List<ChartsViewModel.Sample> seconds(int from, int to) {
        List<ChartsViewModel.Sample> samples = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            samples.add(new ChartsViewModel.Sample(T0 + s * 1000L, 1, 100, 1000, 1000, 0));
        }
        return samples;
    }

    private void fire(String button) {
        ((ButtonBase) view.root().lookup(button)).fire();
    }

    private List<XYChart.Data<Number, Number>> messagesIn() {
        XYChart<?, ?> chart = (XYChart<?, ?>) view.root().lookup("#charts .chart");
        @SuppressWarnings("unchecked")
        XYChart.Series<Number, Number> broker1 = (XYChart.Series<Number, Number>) chart.getData().get(0);
        return broker1.getData();
    }

    private long shownSeconds() {
        List<XYChart.Data<Number, Number>> data = messagesIn();
        return Math.round(data.get(data.size() - 1).getXValue().doubleValue() - data.get(0).getXValue().doubleValue());
    }

    private long newestSecond() {
        List<XYChart.Data<Number, Number>> data = messagesIn();
        return Math.round(data.get(data.size() - 1).getXValue().doubleValue() - T0 / 1000.0);
    }
}
