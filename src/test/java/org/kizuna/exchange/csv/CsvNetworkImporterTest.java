// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class CsvNetworkImporterTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return ExchangeTestSupport.writeUtf8(dir, name, text);
    }

    @Test
    void importsActorsAndTiesInOneStepAndCreatesActorsNamedOnlyByTies() throws Exception {
        Path actors = write("actors.csv", "\uFEFFname,kind,sector,location,inside_region,memberships\n"
                + "帯広畜産大学,大学,学,帯広市,true,十勝バイオ協議会;食品クラブ\n"
                + "\"Tokachi Foods, Ltd.\",company,industry,帯広市,yes,食品クラブ\n"
                + "Tokyo Lab,research_institute,,東京都,false,\n");
        Path ties = write("ties.csv", "source,target,kind,directed,weight,start,end\n"
                + "帯広畜産大学,\"Tokachi Foods, Ltd.\",共同研究,,2,2001,2005\n"
                + "Tokachi Foods, Ltd.,Tokyo Lab,transaction,,,,\n".replace("Tokachi Foods, Ltd.", "\"Tokachi Foods, Ltd.\"")
                + "Tokyo Lab,JA 十勝,Funding / investment,false,1.5,,\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            pf.execute(Edits.addActor(Actor.of("JA 十勝", "other", true)));
            org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, ties, actors);
            assertEquals(3, r.actorsAdded());
            assertEquals(3, r.tiesAdded());
            assertEquals(List.of(), r.createdFromTies(), "JA 十勝 exists already");
            Project p = pf.snapshot();
            assertEquals(4, p.actors().size());
            Actor univ = p.actorNamed("帯広畜産大学");
            assertEquals("university", univ.kind());
            assertEquals(Sector.ACADEMIA, univ.sector());
            assertEquals(List.of("十勝バイオ協議会", "食品クラブ"), univ.memberships());
            assertTrue(!p.actorNamed("Tokyo Lab").insideRegion());
            Tie joint = p.ties().get(0);
            assertEquals("joint_research", joint.kind());
            assertEquals(2.0, joint.strength());
            assertEquals(2001, joint.startYear());
            assertTrue(!joint.directed(), "joint research is undirected by default");
            assertTrue(p.ties().get(1).directed(), "a transaction is directed by default");
            assertEquals("funding", p.ties().get(2).kind());
            assertTrue(!p.ties().get(2).directed(), "an explicit false wins over the kind's default");
            pf.history().undo();
            assertEquals(1, pf.snapshot().actors().size(), "one undo step removes the whole import");
        }
    }

    @Test
    void reportsEveryBadRowWithLineAndColumnAndImportsNothing() throws Exception {
        Path ties = write("ties.csv", "source,target,kind,weight,start,end\n"
                + "A,B,joint_research,1,,\n"
                + "A,,joint_research,1,,\n"
                + "A,C,marriage,1,,\n"
                + "A,D,other,heavy,,\n"
                + "A,E,other,1,2010,2005\n"
                + "F,F,other,1,,\n"
                + "A,G,other\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, ties, null));
            List<String> problems = e.problems();
            assertEquals(List.of(
                    "ties.csv line 3, column target: a tie needs a target actor",
                    "ties.csv line 4, column kind: unknown tie kind 'marriage' (one of: joint_research, transaction,"
                            + " funding, personnel, coordination, clinical, technology_transfer, other; --add-kinds adds it)",
                    "ties.csv line 5, column weight: not a number: 'heavy'",
                    "ties.csv line 6, column end: a tie cannot end (2005) before it starts (2010)",
                    "ties.csv line 7, column target: a tie needs two different actors ('F' twice)",
                    "ties.csv line 8, column weight: 3 fields, the header has 6"), problems);
            assertEquals(0, pf.snapshot().actors().size());
            assertEquals(0, pf.snapshot().ties().size());
        }
    }

    @Test
    void reportsUnknownColumnsRefusesMissingOnesDuplicateActorsAndTiesToMissingActors() throws Exception {
        Path ties = write("ties.csv", "from,target,colour\nA,B,red\nA,Old,blue\n");
        Path actors = write("actors.csv", "name,kind\nA,company\nA,company\nOld,company\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            pf.execute(Edits.addActor(Actor.of("Old", "company", true)));
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, ties, actors));
            assertEquals(List.of(
                    "actors.csv line 3, column name: duplicate actor name 'A' (first at line 2)",
                    "actors.csv line 4, column name: an actor named 'Old' exists already in the project",
                    "ties.csv line 2, column target: no actor named 'B' in actors.csv or the project"), e.problems());
            assertEquals(1, pf.snapshot().actors().size());
        }
        Path noTarget = write("t2.csv", "source,colour\nA,red\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t2.kizuna"), "t")) {
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, noTarget, null));
            assertEquals(List.of("t2.csv line 1: the required column 'target' is missing"), e.problems());
        }
        Path dup = write("t3.csv", "source,target,始点\nA,B,C\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t3.kizuna"), "t")) {
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, dup, null));
            assertEquals(List.of("t3.csv line 1, column 3: column 'source' appears twice"), e.problems());
        }
        Path colour = write("t4.csv", "source,target,colour\nA,B,red\n");
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t4.kizuna"), "t")) {
            org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, colour, null);
            assertEquals(1, r.tiesAdded());
            assertEquals(List.of("A", "B"), r.createdFromTies(), "ties only: the actors they name are created");
            assertEquals(1, r.notes().size());
            assertTrue(r.notes().get(0).startsWith("t4.csv line 1: unknown column 3 'colour' — not imported"),
                    r.notes().get(0));
        }
    }

    @Test
    void readerHandlesQuotesAndLineBreaksInsideFields() throws Exception {
        List<CsvReader.Record> r = CsvReader.read(new java.io.StringReader(
                "a,b\r\n\"x \"\"y\"\"\",\"two\nlines\"\n\nlast,\n"), "f.csv");
        assertEquals(3, r.size());
        assertEquals(List.of("x \"y\"", "two\nlines"), r.get(1).fields());
        assertEquals(5, r.get(2).line(), "two lines in the quoted field, then a blank line");
        assertEquals(List.of("last", ""), r.get(2).fields());
        assertThrows(CsvFormatException.class, () -> CsvReader.read(new java.io.StringReader("\"open,b\n"), "f.csv"));
    }
}
