// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.ProjectComparison;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExchangeTest {
    @TempDir
    Path dir;

    private Project sample(String name) throws Exception {
        return ExchangeTestSupport.sample(dir, name);
    }

    @Test
    void graphMlRoundTripsActorsAndTies() throws Exception {
        for (String name : List.of("kobe", "hokuriku")) {
            Project original = sample(name);
            Path graphml = dir.resolve(name + ".graphml");
            GraphExporter.graphMl(original, graphml);
            try (ProjectFile pf = ProjectFile.create(dir.resolve(name + "-copy.kizuna"), "copy")) {
                ImportReport r = GraphMlImporter.importInto(pf, graphml, new ImportOptions(false, true));
                assertTrue(r.notes().stream().noneMatch(n -> n.contains("not imported")), r.notes().toString());
                Project back = pf.snapshot();
                assertEquals(ProjectComparison.actors(original), ProjectComparison.actors(back));
                assertEquals(ProjectComparison.ties(original), ProjectComparison.ties(back));
            }
        }
    }

    @Test
    void graphMlCarriesKindsScopesAndWeightsForGephiAndYEd() throws Exception {
        Project p = sample("hokuriku");
        Path graphml = dir.resolve("h.graphml");
        GraphExporter.graphMl(p, graphml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
        List<String> keys = new ArrayList<>();
        NodeList keyNodes = doc.getElementsByTagName("key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            Element k = (Element) keyNodes.item(i);
            keys.add(k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
        }
        assertTrue(keys.containsAll(List.of("node:label", "all:kind", "node:x", "node:y", "all:notes", "edge:scope",
                "edge:weight", "edge:directed")), keys.toString());
        assertEquals(p.actors().size(), doc.getElementsByTagName("node").getLength());
        assertEquals(p.ties().size(), doc.getElementsByTagName("edge").getLength());
    }

    @Test
    void gexfHasPositionsPerEdgeDirectionAndAttributes() throws Exception {
        Path file = dir.resolve("g.kizuna");
        Project p;
        try (ProjectFile pf = ProjectFile.create(file, "g & <co>")) {
            long a = pf.execute(Edits.addActor(Actor.of("A<&>\"", "company", true).withPosition(10.5, -2.0)))
                    .createdIds().get(0);
            long b = pf.execute(Edits.addActor(Actor.of("B", "university", false))).createdIds().get(0);
            pf.execute(Edits.addTie(Tie.of(a, b, "funding", true).withStrength(2.5)));
            pf.execute(Edits.addTie(Tie.of(a, b, "joint_research", false)));
            p = pf.snapshot();
        }
        Path gexf = dir.resolve("g.gexf");
        GraphExporter.gexf(p, gexf);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(gexf.toFile());
        Element node = (Element) doc.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "node").item(0);
        assertEquals("A<&>\"", node.getAttribute("label"));
        Element pos = (Element) doc.getElementsByTagNameNS("http://www.gexf.net/1.2draft/viz", "position").item(0);
        assertEquals("10.5", pos.getAttribute("x"));
        assertEquals("-2.0", pos.getAttribute("y"));
        NodeList edges = doc.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "edge");
        assertEquals("directed", ((Element) edges.item(0)).getAttribute("type"));
        assertEquals("2.5", ((Element) edges.item(0)).getAttribute("weight"));
        assertEquals("undirected", ((Element) edges.item(1)).getAttribute("type"));
        String text = Files.readString(gexf);
        assertTrue(text.contains("<attvalue for=\"scope\" value=\"domestic\"/>"), text);
        assertTrue(text.contains("<attvalue for=\"kind\" value=\"funding\"/>"), text);
    }

    @Test
    void graphMlWithADtdIsRefusedAndNoEntityIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path evil = dir.resolve("evil.graphml");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
                + "<graph edgedefault=\"undirected\"><node id=\"n0\"><data key=\"d0\">&xxe;</data></node></graph></graphml>");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> GraphMlImporter.importInto(pf, evil, ImportOptions.STRICT));
            assertTrue(e.getMessage().startsWith("evil.graphml is refused: it carries a DTD"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"));
            assertTrue(pf.snapshot().actors().isEmpty());
            assertFalse(pf.history().canUndo());
        }
    }

    @Test
    void foreignGraphMlMapsAttributesAndReportsUnknownOnes() throws Exception {
        Path g = dir.resolve("gephi.graphml");
        Files.writeString(g, """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="kind" for="node" attr.name="kind" attr.type="string"><default>company</default></key>
                  <key id="r" for="node" attr.name="r" attr.type="int"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="directed">
                    <node id="0"><data key="label">トヨタ</data><data key="r">255</data></node>
                    <node id="1"><data key="label">名古屋大学</data><data key="kind">university</data></node>
                    <node id="2"/>
                    <edge source="0" target="1"><data key="weight">3</data></edge>
                    <edge source="1" target="2" directed="false"/>
                  </graph>
                </graphml>
                """);
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            ImportReport r = GraphMlImporter.importInto(pf, g, ImportOptions.STRICT);
            assertEquals("3 actors, 2 ties", r.summary());
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("attribute r not imported")), r.notes().toString());
            Project p = pf.snapshot();
            assertEquals(List.of("トヨタ", "名古屋大学", "2"), p.actors().stream().map(Actor::name).toList());
            assertEquals("company", p.actorNamed("トヨタ").kind(), "key default applies");
            assertEquals("university", p.actorNamed("名古屋大学").kind());
            assertEquals(3.0, p.ties().get(0).strength());
            assertTrue(p.ties().get(0).directed(), "graph's edgedefault");
            assertFalse(p.ties().get(1).directed(), "edge's own directed attribute");
        }
    }

    @Test
    void brokenGraphMlGivesALocatedMessage() throws Exception {
        Path g = dir.resolve("broken.graphml");
        Files.writeString(g, "<graphml>\n<graph>\n<node id=\"a\">\n</graph>");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> GraphMlImporter.importInto(pf, g, ImportOptions.STRICT));
            assertTrue(e.getMessage().startsWith("broken.graphml:4 [column 3]: not well-formed XML"), e.getMessage());
            Path tie = dir.resolve("tie.graphml");
            Files.writeString(tie, "<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"zz\"/></graph></graphml>");
            ExchangeException e2 = assertThrows(ExchangeException.class,
                    () -> GraphMlImporter.importInto(pf, tie, ImportOptions.STRICT));
            assertTrue(e2.getMessage().contains("tie.graphml:1 [target]: no actor named 'zz'"), e2.getMessage());
            assertTrue(pf.snapshot().actors().isEmpty());
        }
    }
}
