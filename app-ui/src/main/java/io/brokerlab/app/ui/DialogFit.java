package io.brokerlab.app.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A dialog sized for the text size it is shown at, and never larger than its screen. The app's text size reaches a
 * dialog only as its window shows (see WindowAppearance), after JavaFX measured and placed it at the default size:
 * the button bar keeps the button width it measured then ("Can…" and "Cre…" at 20 px), and a size given in pixels
 * is too small for large text. FX thread.
 */
public final class DialogFit {

    private static final String EMS = "brokerlab.dialog-ems";

    /** Room left on the screen around a dialog: its title bar and frame, and a little of the window beneath. */
    static final double SCREEN_MARGIN = 48;

    private DialogFit() {
    }

    /**
     * The size {@code pane} asks for, in ems of the text it is shown with, instead of its content's: a dialog with a
     * preview beside a form, which would otherwise open as narrow as the form.
     */
    public static void preferEms(DialogPane pane, double width, double height) {
        pane.getProperties().put(EMS, new double[] {width, height});
    }

    /**
     * Called as {@code dialog}'s window shows, once its scene has the text size of {@code fontSize} px: measures its
     * buttons and its size again, within the screen, and places it over its owner.
     */
    public static void fit(Stage dialog, double fontSize) {
        if (!(dialog.getScene().getRoot() instanceof DialogPane pane)) {
            return;
        }
        // the buttons measured in the app's text size and padding
        pane.applyCss();
        buttonsWhole(pane);
        if (pane.getProperties().get(EMS) instanceof double[] ems) {
            pane.setPrefSize(ems[0] * fontSize, ems[1] * fontSize);
        }
        pane.applyCss();
        double asked = pane.getPrefHeight();
        withinScreenAndPlaced(dialog, pane);
        // a window manager may give the window its own size as it maps it: asked again once shown, it sticks
        ShownSize.reapplyPreferred(dialog);
        // Show Details makes the dialog as tall as its details, past the screen's bottom and its buttons with it
        pane.expandedProperty().addListener((o, was, expanded) -> {
            pane.setPrefHeight(asked);
            pane.applyCss();
            withinScreenAndPlaced(dialog, pane);
            dialog.sizeToScene();
        });
    }

    private static void withinScreenAndPlaced(Stage dialog, DialogPane pane) {
        Rectangle2D screen = screenOf(dialog);
        withinScreen(pane, screen.getWidth() - SCREEN_MARGIN, screen.getHeight() - SCREEN_MARGIN);
        double width = pane.prefWidth(-1);
        place(dialog, width, pane.prefHeight(width));
    }

    /**
     * The button bar makes its buttons as wide as the widest, measured once: a pixel width from before the text
     * size was known. Left to be measured again, and never narrower than their label.
     */
    private static void buttonsWhole(DialogPane pane) {
        for (Node bar : pane.lookupAll(".button-bar")) {
            if (bar instanceof ButtonBar buttons) {
                double widest = 0;
                double em = 0;
                for (Node button : buttons.getButtons()) {
                    if (button instanceof Region region) {
                        // in the scene only since the bar's skin was made, by the pane's CSS pass: styled now
                        region.applyCss();
                        region.setPrefWidth(Region.USE_COMPUTED_SIZE);
                        region.setMinWidth(Region.USE_PREF_SIZE);
                        widest = Math.max(widest, region.prefWidth(-1));
                        em = Math.max(em, emOf(region));
                    }
                }
                // each as wide as the widest (the bar's uniform size), an em apart and from either end (the bar's
                // spacing and padding, not yet known to its own insets)
                int count = buttons.getButtons().size();
                double row = count * Math.ceil(widest) + (count + 1) * em + buttons.snappedLeftInset()
                        + buttons.snappedRightInset();
                // the pane's width comes from its text; the bar's row of whole buttons is not counted ("Leave running",
                // "Stop nodes" and "Cancel" were cut at both ends)
                double least = row + pane.snappedLeftInset() + pane.snappedRightInset();
                if (pane.prefWidth(-1) < least) {
                    pane.setPrefWidth(least);
                }
            }
        }
    }

    private static double emOf(Region region) {
        return region instanceof javafx.scene.control.Labeled labeled ? labeled.getFont().getSize() : 14;
    }

    /** A pane larger than {@code maxWidth} × {@code maxHeight} is given that size; its content scrolls if it must. */
    static void withinScreen(DialogPane pane, double maxWidth, double maxHeight) {
        double width = pane.prefWidth(-1);
        if (width > maxWidth) {
            width = maxWidth;
            pane.setPrefWidth(width);
        }
        double height = pane.prefHeight(width);
        if (height <= maxHeight) {
            return;
        }
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            double room = content.prefHeight(-1) - (height - maxHeight);
            // content that shrinks well (a preview's text area) keeps its own scroll bars; a form gets one
            if (content.minHeight(-1) > room) {
                ScrollPane scroll = new ScrollPane(content);
                scroll.setFitToWidth(true);
                pane.setContent(scroll);
            }
        }
        pane.setPrefHeight(maxHeight);
    }

    /** Centred over its owner, inside the owner's screen. */
    static void place(Window dialog, double width, double height) {
        Window owner = dialog instanceof Stage stage ? stage.getOwner() : null;
        if (owner == null) {
            return;
        }
        Rectangle2D screen = screenOf(dialog);
        double x = owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner.getY() + (owner.getHeight() - height) / 2;
        dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }

    /** The visual bounds of the screen the dialog's owner is on, else the primary one. */
    static Rectangle2D screenOf(Window dialog) {
        Window owner = dialog instanceof Stage stage && stage.getOwner() != null ? stage.getOwner() : dialog;
        if (!Double.isNaN(owner.getX()) && !Double.isNaN(owner.getWidth()) && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
