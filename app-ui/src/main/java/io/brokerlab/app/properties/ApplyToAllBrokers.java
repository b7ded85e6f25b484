package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Writes an {@link AllBrokers.Plan}: the broker files it changes, unless one of them changed on disk since the plan
 * read it, and tells which running brokers then need a restart: those written, and those whose file had the value
 * already but which still run an older one. FX thread, except where said.
 */
final class ApplyToAllBrokers {

    /**
     * A plan written: the files' text now on disk, the running brokers that need a restart to take the value, in
     * the order of the brokers, and what to tell about it.
     */
    record Applied(Map<NodeId, String> diskTexts, List<NodeId> restart, String message) {
    }

    private record Written(Map<NodeId, String> diskTexts, Map<NodeId, RestartsNeeded.Checked> checked) {
    }

    private final Executor background;
    private final Executor fx;
    private final RestartsNeeded restarts;

    ApplyToAllBrokers(Executor background, Executor fx, RestartsNeeded restarts) {
        this.background = background;
        this.fx = fx;
        this.restarts = restarts;
    }

    /** Writes {@code plan} on a background thread; completes on the FX thread. */
    CompletableFuture<Applied> apply(Workspace workspace, AllBrokers.Plan plan) {
        return CompletableFuture.supplyAsync(() -> write(workspace, plan), background).handleAsync((written, error) -> {
            if (error != null) {
                throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
            }
            List<NodeId> restart = new ArrayList<>();
            written.checked().forEach((broker, checked) -> {
                restarts.publish(workspace, broker, checked);
                if (checked.need().behind()) {
                    restart.add(broker);
                }
            });
            return new Applied(written.diskTexts(), restart, message(plan, restart));
        }, fx);
    }

    /** Background thread. */
    private Written write(Workspace workspace, AllBrokers.Plan plan) {
        List<AllBrokers.Change> changing = plan.changes().stream().filter(change -> !change.alreadySet()).toList();
        // every file checked before any is written: what an editor or the CLI wrote meanwhile is not overwritten
        for (AllBrokers.Change change : changing) {
            if (!Parsed.read(workspace, change.broker()).text().equals(change.diskText())) {
                throw new FileChangedOnDiskException(change.broker(), workspace.propertiesFile(change.broker()));
            }
        }
        Map<NodeId, String> texts = new LinkedHashMap<>();
        Map<NodeId, RestartsNeeded.Checked> checked = new LinkedHashMap<>();
        for (AllBrokers.Change change : changing) {
            NodeId broker = change.broker();
            Path file = workspace.propertiesFile(broker);
            // before the write hides it: the file as the broker read it, to tell which values it does not run with
            restarts.checkNow(workspace, broker);
            try {
                change.after().write(file);
            } catch (UncheckedIOException e) {
                throw new IllegalStateException(texts.isEmpty() ? "no broker's file was written: " + RootCause.message(e)
                        : "only the files of " + names(List.copyOf(texts.keySet())) + " were written; " + broker
                        + "'s and the next were not: " + RootCause.message(e), e);
            }
            texts.put(broker, PropertiesDocument.read(file).text());
            checked.put(broker, restarts.checkNow(workspace, broker));
        }
        // a file that had the value may have been written after its broker started (saved, restart put off)
        Map<NodeId, RestartsNeeded.Checked> inOrder = new LinkedHashMap<>();
        for (AllBrokers.Change change : plan.changes()) {
            NodeId broker = change.broker();
            RestartsNeeded.Checked check = change.alreadySet() ? restarts.checkNow(workspace, broker)
                    : checked.get(broker);
            if (!change.alreadySet() || behindFor(check.need(), plan.key())) {
                inOrder.put(broker, check);
            }
        }
        return new Written(texts, inOrder);
    }

    /**
     * Behind its file for {@code key}, or for keys not known (its file not seen as it was at its launch): a broker
     * behind for other keys only is not this key's to restart.
     */
    private static boolean behindFor(RestartNeed need, String key) {
        return need.behind() && (need.keys().isEmpty() || need.keys().contains(key));
    }

    private static String message(AllBrokers.Plan plan, List<NodeId> restart) {
        String setting = plan.key() + "=" + plan.value();
        List<NodeId> changed = plan.changing();
        if (changed.isEmpty()) {
            return "Every broker's file has " + setting + " already" + (restart.isEmpty() ? "" : "; "
                    + names(restart) + " still " + (restart.size() == 1 ? "runs" : "run") + " the old value");
        }
        List<NodeId> already = plan.alreadySet();
        return "Set " + setting + " in the files of " + names(changed)
                + (already.isEmpty() ? "" : " (" + names(already) + (already.size() == 1 ? " has" : " have")
                + " it already)");
    }

    /** "broker-1", "broker-1 and broker-2", "broker-1, broker-2 and broker-3". */
    static String names(List<NodeId> nodes) {
        List<String> names = nodes.stream().map(NodeId::name).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
