// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * The drawing as SVG, written from the actors' positions and the palette rather than from pixels:
 * a clean vector figure for papers. Each actor is one {@code <g class="actor">} (shape and name),
 * each visible tie one {@code <line class="tie">} or {@code <path>}, with an arrow marker per tie
 * colour for directed ties. Pure: no toolkit needed.
 */
public final class SvgExporter {
    private static final double PAD = 40;

    private SvgExporter() {
    }

    public static String svg(Project p, Collection<Tie> ties, Map<Long, double[]> positions, boolean presentation) {
        List<Kind> actorKinds = p.actorKinds();
        List<Kind> tieKinds = p.tieKinds();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Actor a : p.actors()) {
            double[] q = positions.get(a.id());
            if (q != null) {
                minX = Math.min(minX, q[0]);
                minY = Math.min(minY, q[1]);
                maxX = Math.max(maxX, q[0]);
                maxY = Math.max(maxY, q[1]);
            }
        }
        if (minX > maxX) {
            minX = minY = 0;
            maxX = maxY = 100;
        }
        double x0 = minX - PAD - 60;
        double y0 = minY - PAD;
        double w = maxX - minX + 2 * PAD + 120;
        double h = maxY - minY + 2 * PAD + 30;
        double fontSize = presentation ? 22 : 12;
        StringBuilder s = new StringBuilder(4096);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" viewBox=\"").append(n(x0)).append(' ').append(n(y0))
                .append(' ').append(n(w)).append(' ').append(n(h)).append("\">\n");
        s.append("<title>").append(esc(p.profile() == null ? "" : String.valueOf(p.profile().name())))
                .append("</title>\n");
        Set<String> arrowColours = new LinkedHashSet<>();
        for (Tie t : ties) {
            if (t.directed()) {
                arrowColours.add(NetworkPalette.tieColour(tieKinds, t.kind()));
            }
        }
        s.append("<defs>\n");
        for (String c : arrowColours) {
            s.append("<marker id=\"arrow").append(c.substring(1)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">")
                    .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"").append(c).append("\"/></marker>\n");
        }
        s.append("</defs>\n");
        s.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"#FFFFFF\"/>\n");
        double radius = presentation ? NetworkPalette.PRESENTATION_RADIUS : NetworkPalette.RADIUS;
        s.append("<g class=\"ties\">\n");
        for (Tie t : ties) {
            double[] a = positions.get(t.sourceId());
            double[] b = positions.get(t.targetId());
            if (a == null || b == null) {
                continue;
            }
            NetworkPalette.TieLook look = NetworkPalette.tieLook(tieKinds, t, presentation);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            // Stop directed ties at the target's outline so the arrow head shows.
            double ex = t.directed() ? b[0] - dx / len * (radius + 2) : b[0];
            double ey = t.directed() ? b[1] - dy / len * (radius + 2) : b[1];
            s.append("<line class=\"tie\" data-kind=\"").append(esc(t.kind())).append("\" x1=\"").append(n(a[0]))
                    .append("\" y1=\"").append(n(a[1])).append("\" x2=\"").append(n(ex)).append("\" y2=\"")
                    .append(n(ey)).append("\" stroke=\"").append(look.colour()).append("\" stroke-width=\"")
                    .append(n(look.width())).append('"');
            if (!look.dash().isEmpty()) {
                s.append(" stroke-dasharray=\"").append(look.dash()).append('"');
            }
            if (t.directed()) {
                s.append(" marker-end=\"url(#arrow").append(look.colour().substring(1)).append(")\"");
            }
            s.append("/>\n");
        }
        s.append("</g>\n<g class=\"actors\" font-family=\"'IPAGothic', 'Noto Sans CJK JP', sans-serif\" font-size=\"")
                .append(n(fontSize)).append("\">\n");
        for (Actor a : p.actors()) {
            double[] q = positions.get(a.id());
            if (q == null) {
                continue;
            }
            NetworkPalette.ActorLook look = NetworkPalette.actorLook(actorKinds, a, presentation);
            s.append("<g class=\"actor\" id=\"actor-").append(a.id()).append("\" data-kind=\"").append(esc(a.kind()))
                    .append("\" data-place=\"").append(NetworkPalette.Place.of(a).name().toLowerCase(Locale.ROOT))
                    .append("\">");
            String style = " fill=\"" + look.fill() + "\" stroke=\"" + look.stroke() + "\" stroke-width=\""
                    + n(look.strokeWidth()) + "\"" + (look.dash().isEmpty() ? "" : " stroke-dasharray=\"" + look.dash() + "\"");
            s.append(shape(look.shape(), q[0], q[1], look.radius(), style));
            s.append("<text x=\"").append(n(q[0])).append("\" y=\"").append(n(q[1] + look.radius() + fontSize + 2))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#1A1A1A\">").append(esc(a.name()))
                    .append("</text></g>\n");
        }
        s.append("</g>\n</svg>\n");
        return s.toString();
    }

    static String shape(String shape, double cx, double cy, double r, String style) {
        double[] o = NetworkPalette.outline(shape, r);
        if (o.length == 0) {
            return "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\"" + style + "/>";
        }
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < o.length; i += 2) {
            pts.append(n(cx + o[i])).append(',').append(n(cy + o[i + 1])).append(' ');
        }
        return "<polygon points=\"" + pts.toString().strip() + "\"" + style + "/>";
    }

    private static String n(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String t) {
        if (t == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
