// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;

/**
 * Placement of actors on the drawing, as pure functions of the actors and ties (no toolkit). All
 * coordinates are in drawing units inside a world of {@code width × height}, never negative.
 * Isolated actors go on a row along the bottom edge, never into the middle where a force layout
 * would pile them up.
 */
public final class NetworkLayouts {
    static final double MARGIN = 60;
    static final double ROW_STEP = 180;

    private NetworkLayouts() {
    }

    /** The world's size for {@code n} actors: room for labels at a readable zoom. */
    public static double[] worldSize(int n, Collection<Actor> actors) {
        double w = Math.max(2000, 80 * Math.sqrt(Math.max(1, n)) * 1.2);
        double h = Math.round(w * 0.68);
        for (Actor a : actors) {
            if (a.x() != null && a.y() != null) {
                w = Math.max(w, a.x() + MARGIN);
                h = Math.max(h, a.y() + MARGIN);
            }
        }
        return new double[] {w, h};
    }

    static Comparator<Actor> byKindThenName() {
        return Comparator.comparing((Actor a) -> String.valueOf(a.kind())).thenComparing(Actor::name)
                .thenComparingLong(Actor::id);
    }

    /** Actors without a visible tie. */
    public static Set<Long> isolated(Collection<Actor> actors, Collection<Tie> ties) {
        Set<Long> connected = new HashSet<>();
        for (Tie t : ties) {
            connected.add(t.sourceId());
            connected.add(t.targetId());
        }
        Set<Long> out = new HashSet<>();
        for (Actor a : actors) {
            if (!connected.contains(a.id())) {
                out.add(a.id());
            }
        }
        return out;
    }

    /** One ring, grouped by kind (so kinds sit together), isolates on the bottom row. */
    public static Map<Long, double[]> circular(List<Actor> actors, Collection<Tie> ties, double width,
                                               double height) {
        Set<Long> iso = isolated(actors, ties);
        List<Actor> ring = actors.stream().filter(a -> !iso.contains(a.id())).sorted(byKindThenName()).toList();
        Map<Long, double[]> out = new LinkedHashMap<>();
        double cx = width / 2;
        double cy = (height - ROW_STEP) / 2;
        double r = Math.max(80, Math.min(width / 2, (height - ROW_STEP) / 2) - MARGIN - 20);
        ring(out, ring, cx, cy, r, -Math.PI / 2);
        out.putAll(rowAt(actors.stream().filter(a -> iso.contains(a.id())).sorted(byKindThenName()).toList(),
                width, Math.min(height - MARGIN / 1.2, cy + r + 110)));
        return out;
    }

    /**
     * "By scope": actors inside the region in the middle (a sunflower disc), other domestic actors on
     * a ring around it, actors abroad on an outer ring; isolates on the bottom row.
     */
    public static Map<Long, double[]> byScope(List<Actor> actors, Collection<Tie> ties, double width,
                                              double height) {
        Set<Long> iso = isolated(actors, ties);
        List<Actor> inside = new ArrayList<>();
        List<Actor> domestic = new ArrayList<>();
        List<Actor> abroad = new ArrayList<>();
        List<Actor> isolates = new ArrayList<>();
        for (Actor a : actors) {
            if (iso.contains(a.id())) {
                isolates.add(a);
            } else if (a.abroad()) {
                abroad.add(a);
            } else if (a.insideRegion()) {
                inside.add(a);
            } else {
                domestic.add(a);
            }
        }
        inside.sort(byKindThenName());
        domestic.sort(byKindThenName());
        abroad.sort(byKindThenName());
        Map<Long, double[]> out = new LinkedHashMap<>();
        double cx = width / 2;
        double usableH = height - ROW_STEP;
        double cy = usableH / 2;
        double outer = Math.max(120, Math.min(width / 2, usableH / 2) - MARGIN);
        boolean hasAbroad = !abroad.isEmpty();
        boolean hasDomestic = !domestic.isEmpty();
        double rAbroad = outer;
        double rDomestic = hasAbroad ? outer * 0.72 : outer;
        double rInside = hasDomestic ? rDomestic * 0.55 : hasAbroad ? rAbroad * 0.55 : outer;
        // The disc grows with the number of actors inside, but leaves the outer rings their room.
        double spacing = 120;
        double needed = spacing * Math.sqrt(inside.size()) * 0.65;
        double disc = Math.min(rInside, Math.max(needed, inside.size() <= 1 ? 0 : spacing));
        sunflower(out, inside, cx, cy, disc);
        ring(out, domestic, cx, cy, rDomestic, -Math.PI / 2 + 0.3);
        ring(out, abroad, cx, cy, rAbroad, -Math.PI / 2 + 0.15);
        double extent = hasAbroad ? rAbroad : hasDomestic ? rDomestic : disc;
        out.putAll(rowAt(isolates, width, Math.min(height - MARGIN / 1.2, cy + extent + 110)));
        return out;
    }

    /** Isolated actors left to right along the bottom, wrapping upwards when a row is full. */
    public static Map<Long, double[]> bottomRow(List<Actor> actors, double width, double height) {
        return rowAt(actors, width, height - MARGIN / 1.2);
    }

    /** Isolated actors left to right on a row at {@code y}, centred, wrapping upwards when full. */
    static Map<Long, double[]> rowAt(List<Actor> actors, double width, double y) {
        Map<Long, double[]> out = new LinkedHashMap<>();
        int perRow = Math.max(1, (int) ((width - 2 * MARGIN) / ROW_STEP) + 1);
        int inRow = Math.min(perRow, actors.size());
        double x0 = Math.max(MARGIN, (width - (inRow - 1) * ROW_STEP) / 2);
        for (int i = 0; i < actors.size(); i++) {
            int row = i / perRow;
            int col = i % perRow;
            out.put(actors.get(i).id(), new double[] {x0 + col * ROW_STEP, Math.max(MARGIN, y - row * 70)});
        }
        return out;
    }

    /**
     * The positions to start from: saved positions kept, the rest placed "by scope" (isolates on
     * the bottom row, after any slots the saved ones leave).
     */
    public static Map<Long, double[]> initial(List<Actor> actors, Collection<Tie> ties, double width, double height) {
        List<Actor> unplaced = actors.stream().filter(a -> a.x() == null || a.y() == null).toList();
        Map<Long, double[]> out = new LinkedHashMap<>(byScope(unplaced, ties, width, height));
        for (Actor a : actors) {
            if (a.x() != null && a.y() != null) {
                out.put(a.id(), clamp(a.x(), a.y(), width, height));
            }
        }
        return out;
    }

    /** Where a new actor without a saved position goes: beside its neighbours, else on the bottom row. */
    public static double[] placeNew(List<double[]> neighbours, int isolatesAlready, double width, double height,
                                    long id) {
        if (!neighbours.isEmpty()) {
            double x = 0;
            double y = 0;
            for (double[] p : neighbours) {
                x += p[0];
                y += p[1];
            }
            x /= neighbours.size();
            y /= neighbours.size();
            double angle = (id * 2.399963) % (2 * Math.PI); // golden angle: successive additions spread out
            return clamp(x + 70 * Math.cos(angle), y + 70 * Math.sin(angle), width, height);
        }
        int perRow = Math.max(1, (int) ((width - 2 * MARGIN) / ROW_STEP) + 1);
        int row = isolatesAlready / perRow;
        int col = isolatesAlready % perRow;
        return new double[] {MARGIN + col * ROW_STEP, Math.max(MARGIN, height - MARGIN / 1.2 - row * 70)};
    }

    /**
     * The width of a name drawn at {@code fontPx}, estimated without a toolkit: a full em for CJK
     * and other wide characters, about 0.6 em for Latin letters and digits.
     */
    static double labelWidth(String name, double fontPx) {
        double em = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            em += c >= 0x1100 ? 1.0 : 0.6;
            i += Character.charCount(c);
        }
        return em * fontPx;
    }

    /**
     * Pushes actors apart until no two of them — each taken as its shape with its name below it, at
     * {@code fontPx} — overlap, moving each pair along the axis where it overlaps least. Positions
     * of actors that do not collide stay as they are, so the drawing keeps its shape; only a dense
     * core opens up. At most {@code rounds} passes (O(n²) each); meant for the worker thread.
     */
    public static Map<Long, double[]> spreadForLabels(Map<Long, double[]> positions, Map<Long, String> names,
                                                      double radius, double fontPx, double width, double height,
                                                      int rounds) {
        List<Long> ids = new ArrayList<>(positions.keySet());
        ids.sort(Comparator.naturalOrder());
        int n = ids.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] halfW = new double[n];
        double labelH = fontPx * 1.4;
        double gap = fontPx * 0.35;
        for (int i = 0; i < n; i++) {
            double[] p = positions.get(ids.get(i));
            x[i] = p[0];
            y[i] = p[1];
            String name = names.getOrDefault(ids.get(i), "");
            halfW[i] = Math.max(radius, labelWidth(name, fontPx) / 2 + 4) + gap / 2;
        }
        // Each box runs from the shape's top to the bottom of its name; all boxes sit the same way
        // around their actor, so comparing centres is enough.
        double boxH = 2 * radius + labelH + gap;
        for (int round = 0; round < rounds; round++) {
            boolean any = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double ox = halfW[i] + halfW[j] - Math.abs(dx);
                    double oy = boxH - Math.abs(dy);
                    if (ox <= 0 || oy <= 0) {
                        continue;
                    }
                    any = true;
                    // Move along the axis that needs less, half each; ties broken by id order.
                    if (ox * 0.6 < oy) {
                        double m = (ox / 2 + 0.5) * (dx >= 0 ? 1 : -1);
                        x[i] -= m;
                        x[j] += m;
                    } else {
                        double m = (oy / 2 + 0.5) * (dy >= 0 ? 1 : -1);
                        y[i] -= m;
                        y[j] += m;
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        Map<Long, double[]> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(ids.get(i), clamp(x[i], y[i], width, height));
        }
        return out;
    }

    public static double[] clamp(double x, double y, double width, double height) {
        return new double[] {Math.max(20, Math.min(width - 20, x)), Math.max(20, Math.min(height - 20, y))};
    }

    private static void ring(Map<Long, double[]> out, List<Actor> actors, double cx, double cy, double r,
                             double start) {
        int n = actors.size();
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / Math.max(1, n);
            out.put(actors.get(i).id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
        }
    }

    /** Vogel's sunflower: even spacing in a disc of radius {@code r}. */
    private static void sunflower(Map<Long, double[]> out, List<Actor> actors, double cx, double cy, double r) {
        int n = actors.size();
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int i = 0; i < n; i++) {
            double rr = n == 1 ? 0 : r * Math.sqrt((i + 0.5) / n);
            double a = i * golden;
            out.put(actors.get(i).id(), new double[] {cx + rr * Math.cos(a), cy + rr * Math.sin(a)});
        }
    }
}
