package io.brokerlab.app.console;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Publish and live tail on the topic chosen once for both: {@link #publishing()} the form and its runs,
 * {@link #tail()} the tail, {@link #table()} the messages it read. FX thread.
 */
public final class ConsoleViewModel {

    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final StringProperty topic = new SimpleStringProperty();
    /** Send and Tail need a topic: a blank one (the editable box cleared) is none. */
    private final BooleanBinding noTopic = Bindings.createBooleanBinding(
            () -> topic.get() == null || topic.get().isBlank(), topic);
    /** Why no broker can take or hand out a message now; null while one can. */
    private final StringProperty noBroker = new SimpleStringProperty();
    private final PublishViewModel publishing;
    private final TailViewModel tail;
    private final Executor background;
    private final Executor fx;

    public ConsoleViewModel(Executor background, Executor fx) {
        this(background, fx, fx);
    }

    /** @param pulse runs the tail's and the sends' coalesced updates (a few times a second in the app) */
    public ConsoleViewModel(Executor background, Executor fx, Executor pulse) {
        this(background, fx, pulse, System::nanoTime);
    }

    /** @param clock nanoseconds, as System::nanoTime; a test's own to say that sends have waited long */
    ConsoleViewModel(Executor background, Executor fx, Executor pulse, LongSupplier clock) {
        this.background = background;
        this.fx = fx;
        this.publishing = new PublishViewModel(background, fx, pulse, clock, topics, topic, noBroker);
        this.tail = new TailViewModel(fx, pulse, topic, noBroker);
        // the sends' own pulse may come a throttle slot later: "Sent" must not lag the received count of its messages
        tail.onReceived(publishing::showProgress);
        topics.addListener(this::topicsChanged);
    }

    /**
     * The chosen topic gone from the cluster's list (deleted, in Topics or elsewhere) is not offered any longer: the
     * editable box would keep showing it, and Send and Tail would only fail on it. No other topic takes its place
     * unasked (the next Send would write where the user never chose), and a run still sending to it stops: its
     * producer's next metadata request would have the brokers create the topic again (auto.create.topics.enable).
     * Both panes say why. A typed name the cluster never had is left alone: it was not in the list.
     */
    private void topicsChanged(ListChangeListener.Change<? extends String> change) {
        Set<String> gone = new HashSet<>();
        while (change.next()) {
            gone.addAll(change.getRemoved());
        }
        gone.removeAll(topics);
        // deleted elsewhere (the CLI, another client): the producers that sent to them must stop asking about them
        gone.forEach(name -> background.execute(() -> publishing.forget(name)));
        String chosen = topic.get() == null ? "" : topic.get().strip();
        if (chosen.isEmpty() || !gone.contains(chosen)) {
            return;
        }
        boolean wasSending = publishing.sendingProperty().get();
        if (wasSending) {
            publishing.stopSending();
        }
        String notice = chosen + " is no longer on the cluster" + (wasSending ? "; sending to it stopped, so the"
                + " brokers do not create it again" : "") + (topics.isEmpty() ? ": create a topic in Topics"
                : ": pick another topic");
        tail.topicGone(chosen, notice);
        topic.set(null);
        publishing.say(notice);
    }

    /**
     * Before {@code name} is deleted from this app: a run sending to it stops and the producers that sent to it end,
     * so that none asks the brokers about it once it is gone, which would create it again. Blocks until then, so
     * that the delete follows; never on the FX thread.
     */
    public void topicDeleting(String name) {
        CompletableFuture.runAsync(() -> publishing.stopSendingTo(name), fx).join();
        publishing.forget(name);
    }

    /** Why the ZooKeepers have no quorum now ("no ZooKeeper quorum (1 of 3 serving)"), or null; set by the view. */
    public void quorumLost(String why) {
        publishing.quorumLost(why);
    }

    /** Sends and tails with {@code messaging} from now on, nothing of the last connection left; null: none. */
    public void attach(Messaging messaging) {
        tail.attach(messaging);
        publishing.attach(messaging);
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public BooleanBinding noTopicProperty() {
        return noTopic;
    }

    /**
     * Why no broker can take or hand out a message now (none runs, or an external cluster's cannot be reached), as the
     * app knows it from the cluster's state ({@link NoBroker}); null while one can. Send and Tail say it instead of
     * trying. Set by the view as the cluster changes.
     */
    public StringProperty noBrokerProperty() {
        return noBroker;
    }

    public PublishViewModel publishing() {
        return publishing;
    }

    public TailViewModel tail() {
        return tail;
    }

    public MessageTableViewModel table() {
        return tail.table();
    }
}
