package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class NewestItemsTest {

    /** What listeners saw, one line per sub-change: "-[removed]@from" or "+[added]@from". */
    private final List<String> changes = new ArrayList<>();
    private int notifications;

    private NewestItems<Integer> list(int capacity) {
        NewestItems<Integer> list = new NewestItems<>(capacity);
        list.addListener((ListChangeListener<Integer>) c -> {
            notifications++;
            while (c.next()) {
                if (c.wasRemoved()) {
                    changes.add("-" + c.getRemoved() + "@" + c.getFrom());
                }
                if (c.wasAdded()) {
                    changes.add("+" + c.getAddedSubList() + "@" + c.getFrom());
                }
            }
        });
        return list;
    }

    /** A list that already holds {@code items}; what listeners saw of that is forgotten. */
    private NewestItems<Integer> holding(int capacity, List<Integer> items) {
        NewestItems<Integer> list = list(capacity);
        list.append(items);
        changes.clear();
        notifications = 0;
        return list;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void appendsUpToItsCapacity() {
        NewestItems<Integer> list = list(5);
        list.append(range(0, 3));
        list.append(range(3, 5));
        assertThat(list).containsExactly(0, 1, 2, 3, 4);
        assertThat(changes).containsExactly("+[0, 1, 2]@0", "+[3, 4]@3");
    }

    @Test
    void beyondItsCapacityTheOldestGoInTheSameChangeAsTheNewestCome() {
        NewestItems<Integer> list = holding(5, range(0, 5));
        list.append(range(5, 8));
        assertThat(list).containsExactly(3, 4, 5, 6, 7);
        assertThat(notifications).isEqualTo(1);
        assertThat(changes).containsExactly("-[0, 1, 2]@0", "+[5, 6, 7]@2");
        // round the ring more than once
        list.append(range(8, 20));
        list.append(range(20, 22));
        assertThat(list).containsExactly(17, 18, 19, 20, 21);
    }

    @Test
    void aBatchLargerThanTheCapacityKeepsItsNewestItems() {
        NewestItems<Integer> list = holding(4, range(0, 2));
        list.append(range(2, 12));
        assertThat(list).containsExactly(8, 9, 10, 11);
        assertThat(changes).containsExactly("-[0, 1]@0", "+[8, 9, 10, 11]@0");
    }

    @Test
    void clearReportsWhatWasThere() {
        NewestItems<Integer> list = holding(3, range(0, 5));
        list.clear();
        assertThat(list).isEmpty();
        assertThat(changes).containsExactly("-[2, 3, 4]@0");
        list.append(range(7, 8));
        assertThat(list).containsExactly(7);
    }

    @Test
    void readOnlyToEveryoneElseAndBoundsChecked() {
        NewestItems<Integer> list = list(3);
        list.append(range(0, 2));
        assertThatThrownBy(() -> list.add(9)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new NewestItems<Integer>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
