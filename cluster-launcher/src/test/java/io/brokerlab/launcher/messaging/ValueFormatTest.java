package io.brokerlab.launcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void hexShowsEveryByte() {
        assertThat(ValueFormat.HEX.render(new byte[] {0, 1, (byte) 0xAB, (byte) 0xFF})).isEqualTo("00 01 ab ff");
    }

    @Test
    void jsonIsPrettyPrinted() {
        String pretty = ValueFormat.JSON.render("{\"a\":1,\"b\":[true]}".getBytes(StandardCharsets.UTF_8));

        assertThat(pretty).contains("\n").contains("\"a\" : 1").contains("\"b\" : [ true ]");
    }

    @Test
    void valueThatIsNotJsonFallsBackToText() {
        assertThat(ValueFormat.JSON.render("not json {".getBytes(StandardCharsets.UTF_8))).isEqualTo("not json {");
    }

    @Test
    void jsonFollowedByMoreTextOrASecondDocumentIsShownWhole() {
        assertThat(json("404 Not Found")).isEqualTo("404 Not Found");
        assertThat(json("{\"a\":1}{\"b\":2}")).isEqualTo("{\"a\":1}{\"b\":2}");
    }

    @Test
    void jsonNumbersKeepEveryDigitAsSent() {
        assertThat(json("0.10000000000000000001")).isEqualTo("0.10000000000000000001");
        assertThat(json("9007199254740993.0")).isEqualTo("9007199254740993.0");
        assertThat(json("{\"n\":1.50}")).contains("\"n\" : 1.50");
        assertThat(json("123456789012345678901234567890")).isEqualTo("123456789012345678901234567890");
        assertThat(json("1e400")).as("not Infinity").isEqualToIgnoringCase("1E+400");
    }

    @Test
    void jsonWithARepeatedKeyIsShownAsTextWithBothKeys() {
        assertThat(json("{\"a\":1,\"a\":2}")).isEqualTo("{\"a\":1,\"a\":2}");
    }

    private static String json(String value) {
        return ValueFormat.JSON.render(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textDecodesUtf8AndKeepsNull() {
        assertThat(ValueFormat.TEXT.render("grüße".getBytes(StandardCharsets.UTF_8))).isEqualTo("grüße");
        assertThat(ValueFormat.HEX.render(null)).isNull();
    }

    @Test
    void parsesNamesAndRejectsOthers() {
        assertThat(ValueFormat.parse("Hex")).isEqualTo(ValueFormat.HEX);
        assertThatThrownBy(() -> ValueFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text, json or hex");
    }
}
