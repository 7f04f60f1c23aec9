// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.List;
import java.util.Locale;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Tie;

/**
 * How actors and ties look: colour and shape by actor kind, a distinct outline for actors outside
 * the region and abroad, colour and dash by tie kind, width by strength. Actor colours are the
 * Okabe–Ito palette and tie colours Paul Tol's "muted" set, both chosen to stay distinguishable with
 * the common colour-vision deficiencies; kind is also carried by shape (actors) and dash (ties), so
 * colour is never the only cue. Pure data: the canvas, the legend and the SVG export all read it.
 */
public final class NetworkPalette {
    /** Okabe–Ito without black (labels sit on white), in an order that keeps neighbours distinct. */
    static final List<String> ACTOR_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#7F7F7F");
    /** Shape names understood by SmartGraph's {@code ShapeFactory}; 8 colours × 7 shapes never repeat for 56 kinds. */
    static final List<String> SHAPES = List.of("circle", "square", "triangle", "hexagon", "pentagon", "star",
            "octagon");
    static final List<String> TIE_COLOURS = List.of("#332288", "#117733", "#CC6677", "#44AA99", "#999933",
            "#AA4499", "#88CCEE", "#882255", "#DDCC77");
    /** Dash arrays (empty = solid), cycled with a period prime to the colours'. */
    static final List<String> DASHES = List.of("", "10 5", "3 4", "12 4 3 4");

    static final double RADIUS = 14;
    static final double PRESENTATION_RADIUS = 22;

    /** Where an actor is, as the drawing distinguishes it. */
    public enum Place {
        INSIDE, DOMESTIC, ABROAD;

        public static Place of(Actor a) {
            return a.abroad() ? ABROAD : a.insideRegion() ? INSIDE : DOMESTIC;
        }
    }

    /** The look of one actor: its shape, fill, outline and radius. */
    public record ActorLook(String shape, String fill, String stroke, double strokeWidth, String dash, double radius) {
    }

    /** The look of one tie. */
    public record TieLook(String colour, double width, String dash, boolean directed) {
    }

    private NetworkPalette() {
    }

    static int index(List<Kind> kinds, String code) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).code().equals(code)) {
                return i;
            }
        }
        return kinds.size();
    }

    public static String actorColour(List<Kind> kinds, String code) {
        return ACTOR_COLOURS.get(index(kinds, code) % ACTOR_COLOURS.size());
    }

    public static String actorShape(List<Kind> kinds, String code) {
        return SHAPES.get(index(kinds, code) % SHAPES.size());
    }

    public static String tieColour(List<Kind> kinds, String code) {
        return TIE_COLOURS.get(index(kinds, code) % TIE_COLOURS.size());
    }

    public static String tieDash(List<Kind> kinds, String code) {
        return DASHES.get(index(kinds, code) % DASHES.size());
    }

    public static ActorLook actorLook(List<Kind> kinds, Actor a, boolean presentation) {
        String colour = actorColour(kinds, a.kind());
        double scale = presentation ? 1.5 : 1.0;
        double radius = presentation ? PRESENTATION_RADIUS : RADIUS;
        String shape = actorShape(kinds, a.kind());
        return switch (Place.of(a)) {
            // Inside the region: solid fill, thin dark outline.
            case INSIDE -> new ActorLook(shape, colour, "#222222", 1.5 * scale, "", radius);
            // Outside the region: pale fill, heavy dashed outline in the kind's colour.
            case DOMESTIC -> new ActorLook(shape, mix(colour, "#FFFFFF", 0.7), darken(colour), 3.5 * scale,
                    dash(6, 3, scale), radius);
            // Abroad: pale fill, heavy dotted outline.
            case ABROAD -> new ActorLook(shape, mix(colour, "#FFFFFF", 0.7), darken(colour), 3.5 * scale,
                    dash(1.5, 3.5, scale), radius);
        };
    }

    public static TieLook tieLook(List<Kind> kinds, Tie t, boolean presentation) {
        double w = Math.min(8, 0.8 + 1.1 * t.strength()) * (presentation ? 1.6 : 1.0);
        return new TieLook(tieColour(kinds, t.kind()), w, tieDash(kinds, t.kind()), t.directed());
    }

    /** The inline JavaFX CSS of an actor's shape in a given state. */
    public static String actorCss(ActorLook look, boolean selected, boolean dimmed, boolean pinned) {
        StringBuilder s = new StringBuilder(160);
        s.append("-fx-fill: ").append(look.fill()).append(';');
        s.append("-fx-stroke: ").append(pinned ? "#000000" : look.stroke()).append(';');
        s.append("-fx-stroke-width: ").append(fmt(pinned ? look.strokeWidth() + 2.5 : look.strokeWidth())).append(';');
        if (!look.dash().isEmpty()) {
            s.append("-fx-stroke-dash-array: ").append(look.dash()).append(';');
        }
        if (selected) {
            s.append("-fx-effect: dropshadow(gaussian, #1565C0, 12, 0.75, 0, 0);");
        }
        if (dimmed) {
            s.append("-fx-opacity: 0.2;");
        }
        return s.toString();
    }

    /** The inline JavaFX CSS of a tie's line. */
    public static String tieCss(TieLook look, boolean selected, boolean dimmed) {
        StringBuilder s = new StringBuilder(160);
        s.append("-fx-stroke: ").append(look.colour()).append(';');
        s.append("-fx-stroke-width: ").append(fmt(selected ? look.width() + 2 : look.width())).append(';');
        if (!look.dash().isEmpty()) {
            s.append("-fx-stroke-dash-array: ").append(look.dash()).append(';');
        }
        s.append("-fx-fill: transparent;");
        if (selected) {
            s.append("-fx-effect: dropshadow(gaussian, #1565C0, 8, 0.7, 0, 0);");
        }
        if (dimmed) {
            s.append("-fx-opacity: 0.12;");
        }
        return s.toString();
    }

    /** The arrow head: solid, in the tie's colour. */
    public static String arrowCss(TieLook look, boolean dimmed) {
        return "-fx-stroke: " + look.colour() + "; -fx-fill: " + look.colour() + "; -fx-stroke-width: 1.5;"
                + (dimmed ? " -fx-opacity: 0.12;" : "");
    }

    /**
     * The outline of a shape of radius {@code r} around (0, 0) as x, y pairs, oriented as SmartGraph
     * draws it (its regular polygons start at angle π/n for even n, π/2 for odd n, mirrored); empty
     * for a circle. Used by the legend and the SVG export so they match the canvas.
     */
    public static double[] outline(String shape, double r) {
        if (shape.equals("star")) {
            double[] pts = new double[20];
            for (int i = 0; i < 10; i++) {
                double rr = i % 2 == 0 ? r : r * 0.45;
                double a = -Math.PI / 2 + i * Math.PI / 5;
                pts[2 * i] = rr * Math.cos(a);
                pts[2 * i + 1] = rr * Math.sin(a);
            }
            return pts;
        }
        int sides = switch (shape) {
            case "triangle" -> 3;
            case "square" -> 4;
            case "pentagon" -> 5;
            case "hexagon" -> 6;
            case "heptagon" -> 7;
            case "octagon" -> 8;
            default -> 0;
        };
        double[] pts = new double[2 * sides];
        double start = Math.PI / (sides % 2 == 0 ? sides : 2);
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            pts[2 * i] = -r * Math.cos(a);
            pts[2 * i + 1] = -r * Math.sin(a);
        }
        return pts;
    }

    private static String dash(double on, double off, double scale) {
        return fmt(on * scale) + " " + fmt(off * scale);
    }

    static String fmt(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** {@code a} mixed with {@code b}, {@code t} of the way towards {@code b}. */
    static String mix(String a, String b, double t) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(x[0] + (y[0] - x[0]) * t),
                Math.round(x[1] + (y[1] - x[1]) * t), Math.round(x[2] + (y[2] - x[2]) * t));
    }

    static String darken(String c) {
        return mix(c, "#000000", 0.25);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
