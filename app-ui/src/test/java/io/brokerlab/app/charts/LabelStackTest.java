package io.brokerlab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelStackTest {

    @Test
    void aLabelThatWouldCoverAnotherGoesUnderItAndOneWithNoRoomLeftIsNotDrawn() {
        List<LabelStack.Spot> spots = LabelStack.place(List.of(
                List.of(box(0, 100, 20)),
                // covers the first: under it
                List.of(box(50, 150, 20)),
                // clear of the first by the gap: beside it, at the top
                List.of(box(104, 200, 20)),
                // covers the two below the top, and there is no room under them
                List.of(box(120, 180, 20))), 4, 50);
        assertThat(spots).extracting(LabelStack.Spot::top).containsExactly(0.0, 24.0, 0.0, Double.NaN);
    }

    @Test
    void aTallLabelTakesTheRoomOfSeveralLines() {
        List<LabelStack.Spot> spots = LabelStack.place(List.of(
                List.of(box(0, 100, 20)),
                List.of(box(0, 100, 60)),
                // from 0 to 20 and from 24 to 84 are taken: under both
                List.of(box(50, 60, 20)),
                List.of(box(300, 400, 60))), 4, 200);
        assertThat(spots).extracting(LabelStack.Spot::top).containsExactly(0.0, 24.0, 88.0, 0.0);
    }

    @Test
    void aLabelStaysRightOfItsLineWhereverThereIsRoomThereAndGoesLeftOnlyWhereThereIsNone() {
        List<LabelStack.Spot> spots = LabelStack.place(List.of(
                // right of its line at 300, or left of it
                List.of(box(300, 400, 20), box(200, 300, 20)),
                // right of its line at 250 it goes under the first, though left of it would be at the top
                List.of(box(250, 350, 20), box(150, 250, 20)),
                // right of its line at 260 there is no room left under the two; left of it, beside the first
                List.of(box(260, 360, 20), box(160, 260, 20))), 4, 50);
        assertThat(spots).containsExactly(new LabelStack.Spot(0, 0), new LabelStack.Spot(0, 24),
                new LabelStack.Spot(1, 0));
    }

    @Test
    void theLinesLeftWithoutALabelAreNamedByChipsThatTakeEveryLineTheyWouldCover() {
        // a chip is 20 px wide plus 5 per line it names
        List<LabelStack.Chip> chips = LabelStack.chips(List.of(10.0, 20.0, 30.0, 100.0, 300.0), n -> 20 + 5 * n, 3,
                400);
        assertThat(chips).containsExactly(new LabelStack.Chip(0, 3, 10, 45), new LabelStack.Chip(3, 1, 100, 125),
                new LabelStack.Chip(4, 1, 300, 325));
    }

    @Test
    void aChipAtThePlotsRightEdgeMovesLeftAndMergesWithTheChipItWouldThenTouch() {
        List<LabelStack.Chip> chips = LabelStack.chips(List.of(350.0, 390.0), n -> 20 + 5 * n, 3, 400);
        assertThat(chips).as("+1 at 350 and +1 moved to 375: too near; reaching the line at 390").containsExactly(
                new LabelStack.Chip(0, 2, 350, 391));
        assertThat(LabelStack.chips(List.of(300.0, 390.0), n -> 25, 3, 400)).containsExactly(
                new LabelStack.Chip(0, 1, 300, 325), new LabelStack.Chip(1, 1, 375, 400));
    }

    private static LabelStack.Box box(double left, double right, double height) {
        return new LabelStack.Box(left, right, height);
    }
}
