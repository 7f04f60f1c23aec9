// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAndReportsActorsCreatedFromTies() throws Exception {
        Path file = dir.resolve("c.kizuna");
        ProjectFile.create(file, "c").close();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "source,target,kind\nA,B,joint_research\nB,C,transaction\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 3 actors and 2 ties"), r.out());
        assertTrue(r.out().contains("A, B, C"), r.out());
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(2, pf.snapshot().ties().size());
        }
    }

    @Test
    void aBadFileImportsNothingAndSaysWhere() throws Exception {
        Path file = dir.resolve("c.kizuna");
        ProjectFile.create(file, "c").close();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "source,target,weight\nA,B,1\nA,C,-3\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString());
        assertEquals(1, r.code());
        assertEquals("kizuna: ties.csv line 3, column weight: a tie's strength must be a positive number, not -3",
                r.err().strip());
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(0, pf.snapshot().actors().size());
        }
    }

    @Test
    void importsAWorkbookAndAGraphMlFileExportedByKizuna() throws Exception {
        Path demo = dir.resolve("demo.kizuna");
        assertEquals(0, AnalyzeCommandTest.run("demo", "tokachi", demo.toString()).code());
        Path xlsx = dir.resolve("t.xlsx");
        Path graphml = dir.resolve("t.graphml");
        assertEquals(0, AnalyzeCommandTest.run("export", demo.toString(), "--xlsx", xlsx.toString(), "--graphml",
                graphml.toString()).code());
        Path a = dir.resolve("a.kizuna");
        ProjectFile.create(a, "a").close();
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", a.toString(), "--xlsx", xlsx.toString(),
                "--add-kinds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("imported "), r.out());
        Path b = dir.resolve("b.kizuna");
        ProjectFile.create(b, "b").close();
        r = AnalyzeCommandTest.run("import", b.toString(), "--graphml", graphml.toString(), "--add-kinds");
        assertEquals(0, r.code(), r.err());
        try (ProjectFile orig = ProjectFile.open(demo); ProjectFile pa = ProjectFile.open(a);
             ProjectFile pb = ProjectFile.open(b)) {
            assertEquals(orig.snapshot().ties().size(), pa.snapshot().ties().size());
            assertEquals(orig.snapshot().cells().size(), pa.snapshot().cells().size());
            assertEquals(orig.snapshot().ties().size(), pb.snapshot().ties().size());
        }
        r = AnalyzeCommandTest.run("import", a.toString(), "--xlsx", xlsx.toString(), "--ties", xlsx.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("one kind of input at a time"), r.err());
    }

    @Test
    void shiftJisSkippingAndProgressOnStderr() throws Exception {
        Path file = dir.resolve("c.kizuna");
        ProjectFile.create(file, "c").close();
        Path ties = dir.resolve("ties.csv");
        Files.write(ties, "始点,終点,開始年\n帯広,十勝,2001\n帯広,釧路,20x5\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString(),
                "--encoding", "shift_jis");
        assertEquals(1, r.code());
        assertEquals("kizuna: ties.csv line 3, column 開始年: not a year: '20x5' (four digits, e.g. 2005)",
                r.err().strip());
        r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString(), "--skip-bad-rows",
                "--progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 2 actors and 1 ties"), r.out());
        assertTrue(r.out().contains("note: ties.csv: read as Shift_JIS (CP932)"), r.out());
        assertTrue(r.out().contains("skipped 1 bad row:\n  ties.csv line 3, column 開始年"), r.out());
        assertTrue(r.err().contains("import: writing 2 actors and 1 ties to the project"), r.err());
        r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString(), "--encoding", "latin9");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown encoding: latin9"), r.err());
    }
}
