// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.model.Actor;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;

/**
 * Writes the network as GraphML (through jgrapht-io's exporter) or GEXF 1.2 (written here:
 * jgrapht's GEXF exporter has no {@code viz:position}, and Gephi needs it to keep the layout;
 * GEXF also lets each edge say whether it is directed, which a mixed network needs).
 *
 * <p>GraphML has one edge default per graph: the graph is directed when any tie is, and every edge
 * carries a {@code directed} attribute that the importer honours.
 *
 * <p>Both always parse: text XML 1.0 cannot carry (control characters a file edited outside Kizuna
 * may hold) is replaced as {@link XmlText} says, and every file goes through {@link SafeWrite}.
 */
public final class GraphExporter {
    private GraphExporter() {
    }

    /** Writes GraphML to {@code out} through {@link SafeWrite}; a failure is an {@link ExchangeException}. */
    public static void graphMl(Project project, Path out) {
        unchecked(() -> graphMl(project, out, SafeWrite.Guard.NONE));
    }

    /** Writes GraphML to {@code out}, refusing the guarded project and its side files. */
    public static void graphMl(Project project, Path out, SafeWrite.Guard guard) throws WriteFailure {
        SafeWrite.write(out, guard, os -> graphMl(project, os));
    }

    /** Writes GraphML into {@code os} (flushed, not closed). */
    public static void graphMl(Project project, OutputStream os) throws IOException {
        Map<Long, Actor> byId = byId(project);
        Map<String, Kind> actorKinds = kinds(project.actorKinds());
        Map<String, Kind> tieKinds = kinds(project.tieKinds());
        boolean anyDirected = project.ties().stream().anyMatch(Tie::directed);
        Graph<Long, Tie> g = anyDirected ? new DirectedWeightedPseudograph<>(Tie.class)
                : new WeightedPseudograph<>(Tie.class);
        for (Actor a : project.actors()) {
            g.addVertex(a.id());
        }
        for (Tie t : project.ties()) {
            g.addEdge(t.sourceId(), t.targetId(), t);
            g.setEdgeWeight(t, t.strength());
        }
        GraphMLExporter<Long, Tie> ex = new GraphMLExporter<>(GraphAttributes::actorId);
        ex.setEdgeIdProvider(t -> GraphAttributes.tieId(t.id()));
        // jgrapht keys attributes by name: a name nodes and edges share (kind, notes) is one key for="all"
        java.util.Set<String> edgeNames = new java.util.HashSet<>();
        GraphAttributes.EDGE.forEach(d -> edgeNames.add(d.name()));
        for (GraphAttributes.Def d : GraphAttributes.NODE) {
            ex.registerAttribute(d.name(), edgeNames.contains(d.name()) ? GraphMLExporter.AttributeCategory.ALL
                    : GraphMLExporter.AttributeCategory.NODE, type(d.type()));
        }
        for (GraphAttributes.Def d : GraphAttributes.EDGE) {
            if (GraphAttributes.NODE.stream().noneMatch(n -> n.name().equals(d.name()))) {
                ex.registerAttribute(d.name(), GraphMLExporter.AttributeCategory.EDGE, type(d.type()));
            }
        }
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(v -> attributes(GraphAttributes.node(byId.get(v), actorKinds)));
        ex.setEdgeAttributeProvider(t -> attributes(GraphAttributes.edge(t, scope(byId, t), tieKinds)));
        // jgrapht writes through a PrintWriter, which swallows write errors (a full disk): the latch
        // keeps the first one, and it fails the export even when jgrapht reports nothing
        Latch latch = new Latch(os);
        Writer w = writer(latch);
        try {
            ex.exportGraph(g, w);
            w.flush();
        } catch (org.jgrapht.nio.ExportException e) {
            latch.check();
            throw new IOException(e.getMessage(), e);
        }
        latch.check();
    }

    /** Remembers the first write error of the stream below, for writers that swallow it. */
    private static final class Latch extends java.io.FilterOutputStream {
        private IOException error;

        Latch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (error != null) {
                // already failed: the rest is dropped (throwing again for each of jgrapht's swallowed
                // writes costs a stack trace apiece); check() reports the failure at the end
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                error = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            if (error != null) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                error = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        void check() throws IOException {
            if (error != null) {
                throw new IOException(error.getMessage(), error);
            }
        }
    }

    /** Writes GEXF to {@code out} through {@link SafeWrite}; a failure is an {@link ExchangeException}. */
    public static void gexf(Project project, Path out) {
        unchecked(() -> gexf(project, out, SafeWrite.Guard.NONE));
    }

    /** Writes GEXF to {@code out}, refusing the guarded project and its side files. */
    public static void gexf(Project project, Path out, SafeWrite.Guard guard) throws WriteFailure {
        SafeWrite.write(out, guard, os -> gexf(project, os));
    }

    /**
     * Writes GEXF into {@code os} (flushed, not closed). Written by hand rather than with StAX: every
     * value is an attribute, and StAX writes a tab, line feed or carriage return there as itself,
     * which a parser's attribute normalisation turns into a space; here they are character references.
     */
    public static void gexf(Project project, OutputStream os) throws IOException {
        Map<Long, Actor> byId = byId(project);
        Map<String, Kind> actorKinds = kinds(project.actorKinds());
        Map<String, Kind> tieKinds = kinds(project.tieKinds());
        boolean anyDirected = project.ties().stream().anyMatch(Tie::directed);
        Writer w = writer(os);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
                + " version=\"1.2\">");
        w.write("<meta><creator>Kizuna</creator><description>");
        w.write(XmlText.text(project.profile().name() == null ? "" : project.profile().name(),
                ControlCharacters.Field.LINE));
        w.write("</description></meta>");
        w.write("<graph mode=\"static\" defaultedgetype=\"" + (anyDirected ? "directed" : "undirected") + "\">");
        declare(w, "node", GraphAttributes.NODE);
        declare(w, "edge", GraphAttributes.EDGE);
        w.write("<nodes>");
        for (Actor a : project.actors()) {
            w.write("<node id=\"" + XmlText.attribute(GraphAttributes.actorId(a.id())) + "\" label=\""
                    + XmlText.attribute(a.name()) + "\">");
            values(w, GraphAttributes.node(a, actorKinds));
            if (a.x() != null && a.y() != null) {
                w.write("<viz:position x=\"" + a.x() + "\" y=\"" + a.y() + "\" z=\"0.0\"/>");
            }
            w.write("</node>\n");
        }
        w.write("</nodes><edges>");
        for (Tie t : project.ties()) {
            w.write("<edge id=\"" + XmlText.attribute(GraphAttributes.tieId(t.id())) + "\" source=\""
                    + XmlText.attribute(GraphAttributes.actorId(t.sourceId())) + "\" target=\""
                    + XmlText.attribute(GraphAttributes.actorId(t.targetId())) + "\" type=\""
                    + (t.directed() ? "directed" : "undirected") + "\" weight=\"" + t.strength() + "\">");
            values(w, GraphAttributes.edge(t, scope(byId, t), tieKinds));
            w.write("</edge>\n");
        }
        w.write("</edges></graph></gexf>\n");
        w.flush();
    }

    private static void declare(Writer w, String cls, java.util.List<GraphAttributes.Def> defs) throws IOException {
        w.write("<attributes class=\"" + cls + "\">");
        for (GraphAttributes.Def d : defs) {
            if (cls.equals("node") && d.name().equals("label")) {
                continue; // the node's own label attribute
            }
            String type = switch (d.type()) {
                case STRING -> "string";
                case BOOLEAN -> "boolean";
                case INT -> "integer";
                case DOUBLE -> "double";
            };
            w.write("<attribute id=\"" + XmlText.attribute(d.name()) + "\" title=\"" + XmlText.attribute(d.name())
                    + "\" type=\"" + type + "\"/>");
        }
        w.write("</attributes>");
    }

    private static void values(Writer w, Map<String, Object> values) throws IOException {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.remove("label");
        if (v.isEmpty()) {
            return;
        }
        w.write("<attvalues>");
        for (Map.Entry<String, Object> e : v.entrySet()) {
            w.write("<attvalue for=\"" + XmlText.attribute(e.getKey()) + "\" value=\""
                    + XmlText.attribute(e.getValue().toString(), XmlText.field(e.getKey())) + "\"/>");
        }
        w.write("</attvalues>");
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Boolean b) {
                m.put(k, DefaultAttribute.createAttribute(b));
            } else if (v instanceof Integer i) {
                m.put(k, DefaultAttribute.createAttribute(i));
            } else if (v instanceof Double d) {
                m.put(k, DefaultAttribute.createAttribute(d));
            } else {
                // jgrapht's serializer writes a control character as a reference XML 1.0 forbids
                m.put(k, DefaultAttribute.createAttribute(XmlText.safe(v.toString(), XmlText.field(k))));
            }
        });
        return m;
    }

    private static AttributeType type(GraphAttributes.Type t) {
        return switch (t) {
            case STRING -> AttributeType.STRING;
            case BOOLEAN -> AttributeType.BOOLEAN;
            case INT -> AttributeType.INT;
            case DOUBLE -> AttributeType.DOUBLE;
        };
    }

    private static Scope scope(Map<Long, Actor> byId, Tie t) {
        if (t.scopeOverride() != null) {
            return t.scopeOverride();
        }
        Actor a = byId.get(t.sourceId());
        Actor b = byId.get(t.targetId());
        return a == null || b == null ? null : Scope.derive(a, b);
    }

    private static Map<Long, Actor> byId(Project p) {
        Map<Long, Actor> m = new HashMap<>(p.actors().size() * 2);
        p.actors().forEach(a -> m.put(a.id(), a));
        return m;
    }

    private static Map<String, Kind> kinds(java.util.List<Kind> kinds) {
        Map<String, Kind> m = new HashMap<>();
        kinds.forEach(k -> m.put(k.code(), k));
        return m;
    }

    private static Writer writer(OutputStream os) {
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** An export by path whose failure is unchecked, for callers that predate {@link WriteFailure}. */
    @FunctionalInterface
    private interface Export {
        void run() throws WriteFailure;
    }

    private static void unchecked(Export e) {
        try {
            e.run();
        } catch (WriteFailure f) {
            throw new ExchangeException(f.getMessage(), f);
        }
    }
}
