package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The form's rows: every key of the file and of the node kind's catalog, the ones the search and "only keys in
 * the file" let through, and the one the description pane describes. FX thread.
 */
final class FormEntries {

    private final ObservableList<PropertyEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<PropertyEntry> visible = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty onlyInFile = new SimpleBooleanProperty(false);
    private final ObjectProperty<PropertyEntry> selected = new SimpleObjectProperty<>();
    /** True while raw text replaces the form: its caret line, not the form's rows, picks the described key. */
    private final ObservableBooleanValue formHidden;

    FormEntries(ObservableBooleanValue formHidden) {
        this.formHidden = formHidden;
        search.addListener(o -> filter());
        onlyInFile.addListener(o -> filter());
    }

    void clear() {
        entries.clear();
        selected.set(null);
    }

    /**
     * The entries of a file: each key's group as {@code file} has it (so the form groups keys the same whatever
     * was edited since), its value as {@code edited} has it. {@code onEdit} hears of each edit of an entry.
     */
    void fill(NodeKind kind, PropertiesDocument file, PropertiesDocument edited, Consumer<PropertyEntry> onEdit) {
        ConfigCatalog catalog = ConfigCatalog.of(kind);
        Map<String, String> inFile = file.asMap();
        Map<String, String> now = edited.asMap();
        Map<String, PropertyEntry> byKey = new LinkedHashMap<>();
        inFile.forEach((key, value) -> byKey.put(key, new PropertyEntry(catalog.info(key), value)));
        now.keySet().forEach(key -> byKey.computeIfAbsent(key, k -> new PropertyEntry(catalog.info(k), null)));
        catalog.keys().values().forEach(info -> byKey.computeIfAbsent(info.key(), k -> new PropertyEntry(info, null)));
        byKey.values().forEach(entry -> entry.set(now.get(entry.key())));
        List<PropertyEntry> list = new ArrayList<>(byKey.values());
        list.sort((a, b) -> {
            int byStatus = a.group().compareTo(b.group());
            return byStatus != 0 ? byStatus : a.key().compareTo(b.key());
        });
        for (PropertyEntry entry : list) {
            entry.valueProperty().addListener((obs, old, value) -> onEdit.accept(entry));
            entry.inFileProperty().addListener((obs, was, in) -> onEdit.accept(entry));
        }
        String describedKey = selected.get() == null ? null : selected.get().key();
        entries.setAll(list);
        // the same key stays described when the file is read again; else the first the form shows, never a key
        // the form does not show
        PropertyEntry was = describedKey == null ? null : entry(describedKey);
        selected.set(was != null && visible.contains(was) ? was : visible.isEmpty() ? null : visible.get(0));
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT).trim();
        Predicate<PropertyEntry> text = e -> needle.isEmpty() || e.key().toLowerCase(Locale.ROOT).contains(needle)
                || (e.info().documentation() != null && needle.length() > 3
                && e.info().documentation().toLowerCase(Locale.ROOT).contains(needle));
        Predicate<PropertyEntry> scope = e -> !onlyInFile.get() || e.group() != PropertyEntry.Status.DEFAULT;
        visible.setPredicate(text.and(scope));
        // the description never describes a key the form does not show: a search that hides it describes its
        // first match, the row at the top
        if (!formHidden.get() && !visible.contains(selected.get())) {
            selected.set(visible.isEmpty() ? null : visible.get(0));
        }
    }

    /** See {@link PropertiesViewModel#reveal}. */
    PropertyEntry reveal(String key) {
        PropertyEntry entry = entry(key);
        if (entry == null) {
            return null;
        }
        if (!visible.contains(entry) && onlyInFile.get() && entry.group() == PropertyEntry.Status.DEFAULT) {
            onlyInFile.set(false);
        }
        if (!visible.contains(entry)) {
            search.set("");
        }
        selected.set(entry);
        return entry;
    }

    PropertyEntry entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    ObservableList<PropertyEntry> entries() {
        return entries;
    }

    ObservableList<PropertyEntry> visible() {
        return visible;
    }

    StringProperty search() {
        return search;
    }

    BooleanProperty onlyInFile() {
        return onlyInFile;
    }

    ObjectProperty<PropertyEntry> selected() {
        return selected;
    }
}
