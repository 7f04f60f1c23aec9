// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * Writes the network as GraphML (through jgrapht-io's exporter) or GEXF 1.2 (written here with
 * StAX: jgrapht's GEXF exporter has no {@code viz:position}, and Gephi needs it to keep the layout;
 * GEXF also lets each edge say whether it is directed, which a mixed network needs).
 *
 * <p>GraphML has one edge default per graph: the graph is directed when any tie is, and every edge
 * carries a {@code directed} attribute that the importer honours.
 */
public final class GraphExporter {
    private GraphExporter() {
    }

    public static void graphMl(Project project, Path out) {
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
        write(out, w -> ex.exportGraph(g, w));
    }

    public static void gexf(Project project, Path out) {
        Map<Long, Actor> byId = byId(project);
        Map<String, Kind> actorKinds = kinds(project.actorKinds());
        Map<String, Kind> tieKinds = kinds(project.tieKinds());
        boolean anyDirected = project.ties().stream().anyMatch(Tie::directed);
        write(out, w -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
                String ns = "http://www.gexf.net/1.2draft";
                String viz = "http://www.gexf.net/1.2draft/viz";
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("gexf");
                x.writeDefaultNamespace(ns);
                x.writeNamespace("viz", viz);
                x.writeAttribute("version", "1.2");
                x.writeStartElement("meta");
                x.writeStartElement("creator");
                x.writeCharacters("Kizuna");
                x.writeEndElement();
                x.writeStartElement("description");
                x.writeCharacters(project.profile().name() == null ? "" : project.profile().name());
                x.writeEndElement();
                x.writeEndElement();
                x.writeStartElement("graph");
                x.writeAttribute("mode", "static");
                x.writeAttribute("defaultedgetype", anyDirected ? "directed" : "undirected");
                declare(x, "node", GraphAttributes.NODE);
                declare(x, "edge", GraphAttributes.EDGE);
                x.writeStartElement("nodes");
                for (Actor a : project.actors()) {
                    x.writeStartElement("node");
                    x.writeAttribute("id", GraphAttributes.actorId(a.id()));
                    x.writeAttribute("label", a.name());
                    values(x, GraphAttributes.node(a, actorKinds));
                    if (a.x() != null && a.y() != null) {
                        x.writeEmptyElement("viz", "position", viz);
                        x.writeAttribute("x", Double.toString(a.x()));
                        x.writeAttribute("y", Double.toString(a.y()));
                        x.writeAttribute("z", "0.0");
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeStartElement("edges");
                for (Tie t : project.ties()) {
                    x.writeStartElement("edge");
                    x.writeAttribute("id", GraphAttributes.tieId(t.id()));
                    x.writeAttribute("source", GraphAttributes.actorId(t.sourceId()));
                    x.writeAttribute("target", GraphAttributes.actorId(t.targetId()));
                    x.writeAttribute("type", t.directed() ? "directed" : "undirected");
                    x.writeAttribute("weight", Double.toString(t.strength()));
                    values(x, GraphAttributes.edge(t, scope(byId, t), tieKinds));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static void declare(XMLStreamWriter x, String cls, java.util.List<GraphAttributes.Def> defs)
            throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (GraphAttributes.Def d : defs) {
            if (cls.equals("node") && d.name().equals("label")) {
                continue; // the node's own label attribute
            }
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", d.name());
            x.writeAttribute("title", d.name());
            x.writeAttribute("type", switch (d.type()) {
                case STRING -> "string";
                case BOOLEAN -> "boolean";
                case INT -> "integer";
                case DOUBLE -> "double";
            });
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, Map<String, Object> values) throws XMLStreamException {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.remove("label");
        if (v.isEmpty()) {
            return;
        }
        x.writeStartElement("attvalues");
        for (Map.Entry<String, Object> e : v.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", e.getKey());
            x.writeAttribute("value", e.getValue().toString());
        }
        x.writeEndElement();
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
                m.put(k, DefaultAttribute.createAttribute(v.toString()));
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

    /** Writes through a callback. */
    @FunctionalInterface
    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path out, Body body) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".writing");
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                 Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing else to clean up
            }
        }
    }
}
