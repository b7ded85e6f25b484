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
}
