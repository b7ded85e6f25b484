package io.brokerlab.launcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** How a message's bytes are shown: UTF-8 text, pretty-printed JSON, or hex for binary data. */
public enum ValueFormat {
    TEXT, JSON, HEX;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        } catch (JsonProcessingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
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
