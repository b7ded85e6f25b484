package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.messaging.ValueFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FilterMatchTest {

    @Test
    void asTextTheMatchIsWhereTheFilterFindsItIgnoringCase() {
        assertThat(FilterMatch.in("Order 17 shipped", "Order 17 shipped", "order 17", false))
                .isEqualTo(new FilterMatch(0, 8));
        assertThat(FilterMatch.in("Order 17 shipped", "Order 17 shipped", "18", false)).isNull();
    }

    @Test
    void inHexTheMatchIsTheBytesItsCharactersWereSentAs() {
        String value = "prix: 5 € net";
        String hex = hex(value);
        FilterMatch match = FilterMatch.in(hex, value, "€ net", true);
        // "prix: 5 " is 8 bytes; "€" is 3 bytes in UTF-8, " net" 4
        assertThat(hex.substring(match.start(), match.end())).isEqualTo("e2 82 ac 20 6e 65 74");
        assertThat(FilterMatch.in(hex, "PRIX: 5", "prix", true)).as("the value ignoring case").isEqualTo(new FilterMatch(0, 11));
        assertThat(FilterMatch.in(hex, value, "euro", true)).isNull();
        assertThat(FilterMatch.in(hex, null, "prix", true)).as("a null key").isNull();
    }

    @Test
    void inHexAMatchBeyondTheCellsCutIsLeftToTheDetail() {
        String value = "x".repeat(200) + "needle";
        String cut = hex(value).substring(0, MessageText.MAX_CELL_CHARS) + "… (1 characters, all in the detail)";
        assertThat(FilterMatch.in(cut, value, "needle", true)).isNull();
        String near = "x".repeat(98) + "needle";
        String nearCut = hex(near).substring(0, MessageText.MAX_CELL_CHARS) + "… (n characters, all in the detail)";
        FilterMatch partly = FilterMatch.in(nearCut, near, "needle", true);
        assertThat(partly).isEqualTo(new FilterMatch(98 * 3, MessageText.MAX_CELL_CHARS));
    }

    private static String hex(String text) {
        return ValueFormat.HEX.render(text.getBytes(StandardCharsets.UTF_8));
    }
}
