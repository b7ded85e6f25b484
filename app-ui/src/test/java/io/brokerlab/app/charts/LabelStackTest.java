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
    void aLabelGoesToTheOtherSideOfItsLineWhereThatIsHigherAndToTheRightOnATie() {
        List<LabelStack.Spot> spots = LabelStack.place(List.of(
                // right of its line at 300, or left of it
                List.of(box(300, 400, 20), box(200, 300, 20)),
                // right of its line at 310 it would go under the first; left of it, too: under it, on the right
                List.of(box(310, 410, 20), box(210, 310, 20)),
                // right of its line at 250 it would go under the first two; left of it, it is at the top
                List.of(box(250, 350, 20), box(150, 250, 20))), 4, 200);
        assertThat(spots).containsExactly(new LabelStack.Spot(0, 0), new LabelStack.Spot(0, 24),
                new LabelStack.Spot(1, 0));
    }

    private static LabelStack.Box box(double left, double right, double height) {
        return new LabelStack.Box(left, right, height);
    }
}
