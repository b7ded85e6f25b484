package io.brokerlab.launcher.messaging;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** How a message's bytes are shown: UTF-8 text, pretty-printed JSON, or hex for binary data. */
public enum ValueFormat {
    TEXT, JSON, HEX;

    /**
     * Pretty-printing must not change what was sent: numbers keep every digit as written (no rounding through a
     * double, no infinity, no dropped ".0"), and a value with text after the JSON or a key twice is not JSON to
     * show as a tree, so it falls back to text rather than losing the rest or one of the keys.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Null stays null (a tombstone or missing key is not an empty string). */
    public String render(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return switch (this) {
            case TEXT -> new String(bytes, StandardCharsets.UTF_8);
            case HEX -> HexFormat.ofDelimiter(" ").formatHex(bytes);
            case JSON -> prettyJson(bytes);
        };
    }

    /** A value that is not JSON is shown as text rather than hidden behind an error. */
    private static String prettyJson(byte[] bytes) {
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            return tree == null || tree.isMissingNode() ? new String(bytes, StandardCharsets.UTF_8)
                    : MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public static ValueFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("format must be text, json or hex, not '" + text + "'");
        }
    }
}
