package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeriesColoursTest {

    @Test
    void pastSixBrokersTheColoursComeRoundWithAnotherStroke() {
        List<Integer> nine = IntStream.rangeClosed(1, 9).boxed().toList();
        List<SeriesColours.Look> looks = nine.stream().map(b -> SeriesColours.of(b, nine)).toList();

        assertThat(looks.subList(0, 6)).extracting(SeriesColours.Look::colour).doesNotHaveDuplicates();
        assertThat(looks.subList(0, 6)).extracting(SeriesColours.Look::stroke).containsOnly(SeriesColours.Stroke.SOLID);
        assertThat(looks.get(6)).as("broker-7: broker-1's colour, dashed").isEqualTo(
                new SeriesColours.Look(looks.get(0).colour(), looks.get(0).fill(), SeriesColours.Stroke.DASHED));
        assertThat(looks).doesNotHaveDuplicates();
        assertThat(SeriesColours.of(13, IntStream.rangeClosed(1, 13).boxed().toList()).stroke())
                .isEqualTo(SeriesColours.Stroke.DOTTED);
        assertThat(SeriesColours.of(ChartsViewModel.CLUSTER, nine).colour()).isEqualTo("-chart-total");
    }

    @Test
    void anExternalClustersBrokerZeroIsSolidAndItsBrokerSixDashed() {
        assertThat(SeriesColours.of(0, List.of(0, 1, 2)).stroke()).isEqualTo(SeriesColours.Stroke.SOLID);
        List<Integer> seven = IntStream.rangeClosed(0, 6).boxed().toList();
        assertThat(SeriesColours.of(6, seven).colour()).isEqualTo(SeriesColours.of(0, seven).colour());
        assertThat(SeriesColours.of(6, seven).stroke()).isEqualTo(SeriesColours.Stroke.DASHED);
        assertThat(SeriesColours.of(6, List.of(1, 2, 6)).stroke()).as("alone with its colour").isEqualTo(
                SeriesColours.Stroke.SOLID);
    }

    @Test
    void aLegendSymbolIsBrokenAsItsLineIs() {
        SeriesColours.Look solid = new SeriesColours.Look("-chart-broker-1", "-chart-broker-1-fill",
                SeriesColours.Stroke.SOLID);
        SeriesColours.Look dashed = new SeriesColours.Look("-chart-broker-1", "-chart-broker-1-fill",
                SeriesColours.Stroke.DASHED);
        assertThat(solid.line()).doesNotContain("dash");
        assertThat(dashed.line()).contains("-fx-stroke-dash-array: 12px 4px");
        assertThat(solid.lineSymbol()).contains("-fx-background-color: -chart-broker-1;");
        assertThat(dashed.lineSymbol()).contains("-fx-background-color: -chart-broker-1, -chart-broker-1;");
        assertThat(dashed.areaSymbol()).contains("-fx-border-style: segments(");
    }
}
