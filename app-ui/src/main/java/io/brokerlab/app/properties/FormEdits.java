package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.PropertiesDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The form's edits of one open file. Each edit is applied afresh to the text the form was built from, so a key
 * emptied and typed again keeps its line and the comment above it (removed and set again, it would move to the
 * end of the file), and a value typed back to what the file says leaves its line as written. FX thread.
 */
final class FormEdits {

    /** The text the edits apply to: the file as read, unless raw mode changed its layout. */
    private String shownText;
    /** In the order made: "" sets a key empty, null takes it out of the file. */
    private final Map<String, String> edits = new LinkedHashMap<>();
    /** What Save writes from the form; replaced on each edit, never changed, so a save under way keeps its own. */
    private PropertiesDocument document;
    /** The raw text as typed when the form was last shown instead, and the form's text then. */
    private String rawAsTyped;
    private String formFromRaw;

    FormEdits(PropertiesDocument file) {
        document = file;
        shownText = file.text();
    }

    /** The file as edited. */
    PropertiesDocument document() {
        return document;
    }

    /** Sets {@code key} to {@code value} ("" empty, null out of the file) and returns the file as edited now. */
    PropertiesDocument edit(String key, String value) {
        if (Objects.equals(PropertiesDocument.parse(shownText).get(key).orElse(null), value)) {
            edits.remove(key);
        } else {
            edits.put(key, value);
        }
        document = applied(shownText, edits);
        return document;
    }

    private static PropertiesDocument applied(String text, Map<String, String> edits) {
        PropertiesDocument doc = PropertiesDocument.parse(text);
        edits.forEach((key, value) -> {
            if (value == null) {
                doc.remove(key);
            } else {
                doc.set(key, value);
            }
        });
        return doc;
    }

    /**
     * What the form keeps of raw mode ({@code asTyped}, which parses as {@code typed}): the edits that make
     * {@code typed} of the text the form's edits apply to, so that they stay edits of the file (a key taken out
     * and set again returns to its line, and the form groups keys as the file has them). When no such edits give
     * exactly the text typed (comments, lines moved), the typed text is what the form's edits apply to from then on.
     */
    void rebase(PropertiesDocument typed, String asTyped) {
        rawAsTyped = asTyped;
        formFromRaw = typed.text();
        Map<String, String> before = PropertiesDocument.parse(shownText).asMap();
        Map<String, String> after = typed.asMap();
        Map<String, String> changes = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changes.put(key, value);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> changes.put(key, null));
        edits.clear();
        if (applied(shownText, changes).text().equals(typed.text())) {
            edits.putAll(changes);
        } else {
            shownText = typed.text();
        }
        document = typed;
    }

    /** What raw mode shows: the text as typed there while no form edit followed, not as the form writes it. */
    String rawText() {
        return rawAsTyped != null && document.text().equals(formFromRaw) ? rawAsTyped : document.text();
    }
}
