package io.brokerlab.launcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What {@code --json} prints. A command that prints one result prints it indented, for people; a stream
 * (tail, events) prints one object per line, so a script can parse each line as it arrives.
 */
final class JsonOutput {

    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper ONE_LINE = new ObjectMapper();

    private JsonOutput() {
    }

    static String indented(Object value) throws JsonProcessingException {
        return INDENTED.writeValueAsString(value);
    }

    static String oneLine(Object value) throws JsonProcessingException {
        return ONE_LINE.writeValueAsString(value);
    }
}
