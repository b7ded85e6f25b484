package io.brokerlab.launcher.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated message's text, where each {@code {n}} is replaced by the message's counter
 * (e.g. {@code msg-{n}} gives msg-1, msg-2, ...). Split once so rendering stays cheap at high rates.
 */
public final class MessageTemplate {

    private static final String COUNTER = "{n}";

    private final List<String> literals;

    public MessageTemplate(String template) {
        if (template == null) {
            throw new IllegalArgumentException("a template must not be null");
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = template.indexOf(COUNTER, from)) >= 0) {
            parts.add(template.substring(from, at));
            from = at + COUNTER.length();
        }
        parts.add(template.substring(from));
        this.literals = List.copyOf(parts);
    }

    public String render(long n) {
        if (literals.size() == 1) {
            return literals.get(0);
        }
        StringBuilder text = new StringBuilder(literals.get(0));
        for (int i = 1; i < literals.size(); i++) {
            text.append(n).append(literals.get(i));
        }
        return text.toString();
    }
}
