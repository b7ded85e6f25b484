package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardGridTest {

    @Test
    void asManyColumnsAsFitThenAsFewAsKeepTheRowsEven() {
        // 1180 px beside the sidebar, cards of 520 px: two a row
        assertThat(CardGrid.columns(1180, 520, 16, 4)).isEqualTo(2);
        // room for three: four cards still go two by two, not three and one
        assertThat(CardGrid.columns(1700, 520, 16, 4)).isEqualTo(2);
        assertThat(CardGrid.columns(1700, 520, 16, 6)).isEqualTo(3);
        assertThat(CardGrid.columns(1700, 520, 16, 5)).isEqualTo(3);
        assertThat(CardGrid.columns(2400, 520, 16, 4)).isEqualTo(4);
        assertThat(CardGrid.columns(400, 520, 16, 4)).as("narrower than a card: one column").isEqualTo(1);
        assertThat(CardGrid.columns(1000, 520, 16, 0)).isEqualTo(1);
    }

    @Test
    void theCardsShareTheRowLessTheGaps() {
        assertThat(CardGrid.cardWidth(1180, 2, 16)).isEqualTo(582);
        assertThat(CardGrid.cardWidth(1700, 3, 16)).isEqualTo(556);
    }

    @Test
    void upAndDownMoveByARowLeftAndRightByOneStoppingAtTheEdges() {
        // three ZooKeepers and three brokers two a row, as at 1400x900: broker-1 is index 3, broker-3 index 5
        assertThat(CardGrid.neighbour(3, CardGrid.Move.DOWN, 2, 6)).as("below broker-1").isEqualTo(5);
        assertThat(CardGrid.neighbour(3, CardGrid.Move.UP, 2, 6)).isEqualTo(1);
        assertThat(CardGrid.neighbour(3, CardGrid.Move.RIGHT, 2, 6)).isEqualTo(4);
        assertThat(CardGrid.neighbour(3, CardGrid.Move.LEFT, 2, 6)).isEqualTo(2);
        assertThat(CardGrid.neighbour(5, CardGrid.Move.DOWN, 2, 6)).as("last row: stays").isEqualTo(5);
        assertThat(CardGrid.neighbour(0, CardGrid.Move.UP, 2, 6)).as("first row: stays").isEqualTo(0);
        assertThat(CardGrid.neighbour(5, CardGrid.Move.RIGHT, 2, 6)).isEqualTo(5);
        assertThat(CardGrid.neighbour(0, CardGrid.Move.LEFT, 2, 6)).isEqualTo(0);
        // five cards three a row: below the third card is no card, but a row; its last card is the nearest
        assertThat(CardGrid.neighbour(2, CardGrid.Move.DOWN, 3, 5)).isEqualTo(4);
    }

    @Test
    void theScrollMovesJustEnoughToShowTheSelectedCard() {
        // 1000 px of cards in a 400 px viewport, scrolled to the top
        assertThat(CardGrid.scrollToShow(100, 300, 400, 1000, 0)).as("already in view").isEqualTo(0);
        assertThat(CardGrid.scrollToShow(500, 700, 400, 1000, 0)).as("below: its bottom at the viewport's")
                .isEqualTo(0.5);
        assertThat(CardGrid.scrollToShow(0, 200, 400, 1000, 1)).as("above: its top at the viewport's").isEqualTo(0);
        assertThat(CardGrid.scrollToShow(100, 700, 400, 1000, 1)).as("taller than the viewport: its top")
                .isEqualTo(100 / 600.0);
        assertThat(CardGrid.scrollToShow(100, 300, 400, 300, 0)).as("everything fits").isEqualTo(0);
    }
}
