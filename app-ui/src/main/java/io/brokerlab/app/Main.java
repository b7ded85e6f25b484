package io.brokerlab.app;

import javafx.application.Application;

/**
 * Plain entry point: a class that extends {@link Application} cannot be the main class of a class-path launch
 * ("JavaFX runtime components are missing"), so this one only hands over.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(BrokerlabApp.class, args);
    }
}
