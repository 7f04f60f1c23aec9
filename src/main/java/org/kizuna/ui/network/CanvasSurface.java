// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * The large-network mode: one bitmap drawn with a {@link Canvas}, no scene-graph node per actor or
 * tie and no automatic layout, so a network far past SmartGraph's limit opens and stays responsive.
 * Actors are dots in their kind's colour (a ring for actors outside the region), ties thin lines in
 * their kind's colour; names are drawn for selected actors only. The bitmap is at most
 * {@value #MAX_PIXELS} pixels wide and is scaled to the drawing's size, so deep zoom shows it
 * enlarged. Selection, moving and connecting work as on the SmartGraph drawing.
 */
final class CanvasSurface implements NetworkSurface {
    static final int MAX_PIXELS = 4096;
    private static final double DOT = 5;

    private final Canvas canvas;
    private final double width;
    private final double height;
    private final double pixels;
    private final Map<Long, double[]> positions = new LinkedHashMap<>();
    private Project project;
    private Map<Long, Tie> visible;
    private Look look = new Look(Set.of(), Set.of(), Set.of(), Set.of(), false);
    private boolean ready;
    private boolean redrawQueued;

    CanvasSurface(Project p, Map<Long, Tie> visible, Map<Long, double[]> initial, double width, double height) {
        this.width = width;
        this.height = height;
        this.pixels = Math.min(1, MAX_PIXELS / Math.max(width, height));
        this.canvas = new Canvas(Math.ceil(width * pixels), Math.ceil(height * pixels));
        canvas.getTransforms().add(new Scale(1 / pixels, 1 / pixels, 0, 0));
        this.project = p;
        this.visible = visible;
        for (Actor a : p.actors()) {
            double[] q = initial.get(a.id());
            positions.put(a.id(), q == null ? NetworkLayouts.clamp(width / 2, height / 2, width, height) : q);
        }
    }

    @Override
    public Node node() {
        return canvas;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void init() {
        ready = true;
        redraw();
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public void show(Project p, Map<Long, Tie> ties, Look newLook) {
        Map<Long, Actor> before = project.actorsById();
        positions.keySet().retainAll(p.actorsById().keySet());
        int isolates = NetworkLayouts.isolated(p.actors(), ties.values()).size();
        for (Actor a : p.actors()) {
            Actor old = before.get(a.id());
            if (!positions.containsKey(a.id()) || old != null && a.x() != null && a.y() != null
                    && (!a.x().equals(old.x()) || !a.y().equals(old.y()))) {
                double[] q = a.x() != null && a.y() != null ? NetworkLayouts.clamp(a.x(), a.y(), width, height)
                        : NetworkLayouts.placeNew(List.of(), Math.max(0, isolates - 1), width, height, a.id());
                positions.put(a.id(), q);
            }
        }
        project = p;
        visible = ties;
        restyle(newLook);
    }

    @Override
    public void restyle(Look newLook) {
        this.look = newLook;
        queueRedraw();
    }

    private void queueRedraw() {
        if (!ready || redrawQueued) {
            return;
        }
        redrawQueued = true;
        Platform.runLater(() -> {
            redrawQueued = false;
            redraw();
        });
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(pixels, 0, 0, pixels, 0, 0);
        g.setFill(Color.web(look.presentation() ? "#FFFFFF" : "#FBFBF8"));
        g.fillRect(0, 0, width, height);
        List<Kind> tieKinds = project.tieKinds();
        List<Kind> actorKinds = project.actorKinds();
        Map<String, Color> colours = new HashMap<>();
        g.setLineWidth(look.presentation() ? 1.6 : 0.8);
        for (Tie t : visible.values()) {
            double[] a = positions.get(t.sourceId());
            double[] b = positions.get(t.targetId());
            if (a == null || b == null) {
                continue;
            }
            boolean dim = look.dim(t.sourceId()) || look.dim(t.targetId());
            Color c = colours.computeIfAbsent("t" + t.kind(), k -> Color.web(NetworkPalette.tieColour(tieKinds, t.kind())));
            g.setStroke(dim ? c.deriveColor(0, 1, 1, 0.12) : c.deriveColor(0, 1, 1, 0.55));
            g.strokeLine(a[0], a[1], b[0], b[1]);
        }
        double r = look.presentation() ? DOT * 1.6 : DOT;
        for (Actor x : project.actors()) {
            double[] p = positions.get(x.id());
            if (p == null) {
                continue;
            }
            Color c = colours.computeIfAbsent("a" + x.kind(), k -> Color.web(NetworkPalette.actorColour(actorKinds, x.kind())));
            double alpha = look.dim(x.id()) ? 0.2 : 1;
            if (NetworkPalette.Place.of(x) == NetworkPalette.Place.INSIDE) {
                g.setFill(c.deriveColor(0, 1, 1, alpha));
                g.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
            } else {
                g.setFill(Color.WHITE.deriveColor(0, 1, 1, alpha));
                g.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.setStroke(c.deriveColor(0, 1, 1, alpha));
                g.setLineWidth(2);
                g.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
            }
            if (look.pinned().contains(x.id())) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2.5);
                g.strokeOval(p[0] - r - 2, p[1] - r - 2, 2 * r + 4, 2 * r + 4);
            }
            if (look.selectedActors().contains(x.id())) {
                g.setStroke(Color.web("#1565C0"));
                g.setLineWidth(3);
                g.strokeOval(p[0] - r - 4, p[1] - r - 4, 2 * r + 8, 2 * r + 8);
                g.setFill(Color.BLACK);
                g.fillText(x.name(), p[0] + r + 6, p[1] + 4);
            }
        }
    }

    @Override
    public double[] position(long actorId) {
        double[] p = positions.get(actorId);
        return p == null ? null : p.clone();
    }

    @Override
    public Map<Long, double[]> positions() {
        Map<Long, double[]> out = new HashMap<>();
        positions.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    @Override
    public void move(long actorId, double x, double y) {
        if (positions.containsKey(actorId)) {
            positions.put(actorId, NetworkLayouts.clamp(x, y, width, height));
            queueRedraw();
        }
    }

    @Override
    public Long actorAt(double x, double y, Object target) {
        double r = (look.presentation() ? DOT * 1.6 : DOT) + 4;
        Long best = null;
        double bestD = r * r;
        for (Map.Entry<Long, double[]> e : positions.entrySet()) {
            double[] p = e.getValue();
            double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
            if (d <= bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        return best;
    }

    @Override
    public Long tieAt(double x, double y, Object target) {
        return null;
    }

    @Override
    public void setAutomaticLayout(boolean on, Set<Long> frozen) {
        // No automatic layout in the large-network mode: it is what does not scale.
    }

    @Override
    public boolean hasAutomaticLayout() {
        return false;
    }

    @Override
    public Set<Long> drawnTies() {
        return Set.copyOf(visible.keySet());
    }

    @Override
    public void dispose() {
    }
}
