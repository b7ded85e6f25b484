package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.MessageTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each message of a run is sent with: its key, value and header values, where every {@code {n}} becomes the
 * message's number, the same one in all of them. Split once, so that a run of millions renders cheaply. Any thread.
 */
final class NumberedMessage {

    static final String N = "{n}";

    /** Null: no key. */
    private final String key;
    private final MessageTemplate keyTemplate;
    /** Null: every message is a tombstone. */
    private final MessageTemplate value;
    private final List<MessageHeader> headers;
    /** Each header's value as a template; null when no header value has {n}, so the same list goes every time. */
    private final List<MessageTemplate> headerValues;
    private final boolean numbered;

    /** @param key null for none; @param value null for a tombstone */
    NumberedMessage(String key, String value, List<MessageHeader> headers) {
        this.key = key;
        this.keyTemplate = key == null ? null : new MessageTemplate(key);
        this.value = value == null ? null : new MessageTemplate(value);
        this.headers = List.copyOf(headers);
        boolean numberedHeaders = headers.stream().anyMatch(h -> h.value() != null && h.value().contains(N));
        this.headerValues = numberedHeaders ? headers.stream()
                .map(h -> h.value() == null ? null : new MessageTemplate(h.value())).toList() : null;
        this.numbered = numberedHeaders || (key != null && key.contains(N)) || (value != null && value.contains(N));
    }

    /** Whether any {n} is in it: only then does a message take a number, so that the count goes on where it was. */
    boolean numbered() {
        return numbered;
    }

    String key(long n) {
        return keyTemplate == null ? null : keyTemplate.render(n);
    }

    String value(long n) {
        return value == null ? null : value.render(n);
    }

    List<MessageHeader> headers(long n) {
        if (headerValues == null) {
            return headers;
        }
        List<MessageHeader> rendered = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            MessageTemplate v = headerValues.get(i);
            rendered.add(new MessageHeader(headers.get(i).key(), v == null ? null : v.render(n)));
        }
        return rendered;
    }

    /**
     * The key every message has, for asking where sends wait; null when there is none or {n} makes each message's
     * its own (then the sends spread over the partitions, as keyless ones do).
     */
    String sameKey() {
        return key == null || key.contains(N) ? null : key;
    }
}
