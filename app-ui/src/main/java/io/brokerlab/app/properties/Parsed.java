package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import io.brokerlab.launcher.workspace.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Properties text as a document, or why it is none: like {@link java.util.Properties}, which Kafka and ZooKeeper
 * load their files with, the parser refuses a malformed backslash-u escape (a character by its hex code).
 * {@code text} is what saving the document writes (line ends made {@code \n}), or the text as given when it does
 * not parse: what to compare with the text saved last.
 */
record Parsed(String text, PropertiesDocument document, String error) {

    static Parsed of(String text) {
        try {
            return of(PropertiesDocument.parse(text));
        } catch (IllegalArgumentException e) {
            return new Parsed(text, null, e.getMessage());
        }
    }

    static Parsed of(PropertiesDocument document) {
        return new Parsed(document.text(), document, null);
    }

    /** Background thread. A file that does not parse is read as text still, so that it can be fixed in the app. */
    static Parsed read(Workspace ws, NodeId id) {
        try {
            return of(ws.properties(id));
        } catch (WorkspaceException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            try {
                // as PropertiesDocument reads it: Kafka's and ZooKeeper's Properties read an InputStream as ISO-8859-1
                return of(Files.readString(ws.propertiesFile(id), StandardCharsets.ISO_8859_1));
            } catch (IOException io) {
                throw new UncheckedIOException("cannot read " + ws.propertiesFile(id), io);
            }
        }
    }
}
