// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.settings;

import java.util.List;

/**
 * A window's or a screen's rectangle, in screen coordinates. Plain numbers so that the rule which
 * brings a remembered window back onto a screen is testable without a toolkit.
 */
public record WindowBounds(double x, double y, double width, double height) {
    public WindowBounds {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("not a window's bounds: " + x + ", " + y + ", " + width + " × " + height);
        }
    }

    /**
     * These bounds moved and shrunk, if needed, to lie wholly on a screen: the screen that shows most
     * of the window, or the first (primary) screen when none shows any of it — e.g. the window was
     * last on a projector that is gone. With no screens at all the bounds are returned as they are.
     */
    public WindowBounds clampTo(List<WindowBounds> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        WindowBounds best = screens.get(0);
        double bestArea = 0;
        for (WindowBounds s : screens) {
            double area = overlap(s);
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        double w = Math.min(width, best.width);
        double h = Math.min(height, best.height);
        double nx = Math.max(best.x, Math.min(x, best.x + best.width - w));
        double ny = Math.max(best.y, Math.min(y, best.y + best.height - h));
        return new WindowBounds(nx, ny, w, h);
    }

    private double overlap(WindowBounds s) {
        double w = Math.min(x + width, s.x + s.width) - Math.max(x, s.x);
        double h = Math.min(y + height, s.y + s.height) - Math.max(y, s.y);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
