// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.scene.Node;

/**
 * The text scale of a form-like page: zoom steps (0.6× to 3×) times 1.5 in presentation mode,
 * applied as a font size on one node, with the {@code presentation} style class on the page's root.
 * Pages that draw (the network) scale their drawing instead and don't use this.
 */
public final class PageScale {
    public static final double BASE_FONT = 13;

    private final Node root;
    private final Node fontTarget;
    private final DoubleConsumer afterApply;
    private double zoom = 1;
    private boolean presentation;

    /**
     * @param root       gets the {@code presentation} style class
     * @param fontTarget gets the font size
     * @param afterApply told the new scale (font size / base), e.g. to widen columns; may do nothing
     */
    public PageScale(Node root, Node fontTarget, DoubleConsumer afterApply) {
        this.root = root;
        this.fontTarget = fontTarget;
        this.afterApply = afterApply;
    }

    public void zoomIn() {
        zoom = Math.min(3, zoom * 1.15);
        apply();
    }

    public void zoomOut() {
        zoom = Math.max(0.6, zoom / 1.15);
        apply();
    }

    public void zoomReset() {
        zoom = 1;
        apply();
    }

    public double zoom() {
        return zoom;
    }

    public void setPresentationMode(boolean on) {
        presentation = on;
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        apply();
    }

    private void apply() {
        double size = BASE_FONT * zoom * (presentation ? 1.5 : 1);
        fontTarget.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        afterApply.accept(size / BASE_FONT);
    }
}
