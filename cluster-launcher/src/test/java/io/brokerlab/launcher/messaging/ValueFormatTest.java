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
