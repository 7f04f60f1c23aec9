// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.StoreException;

/**
 * The pipelined CSV import: rows are inserted while later rows are still being read, in batches of
 * {@link CsvNetworkImporter#BATCH_ROWS}. A problem found late, on either side, must still leave the
 * project exactly as it was; the files here are several batches long so that the writer has
 * inserted (and dropped the tie indexes) before the problem turns up.
 */
class CsvPipelinedImportTest {
    @TempDir
    Path dir;

    private static final int TIES = 50_000;

    /** A project with one existing actor and one tie, so "unchanged" has something to compare. */
    private ProjectFile project() throws Exception {
        ProjectFile pf = ProjectFile.create(dir.resolve("p.kizuna"), "p");
        pf.execute(new ImportNetworkCommand(EditDescription.of("import", "seed"),
                List.of(Actor.of("既存 株式会社", "company", true), Actor.of("帯広市", "local_government", true)),
                List.of(Tie.of(-1, -2, "coordination", false))));
        pf.history().clear();
        return pf;
    }

    /** {@code TIES} good rows; the given lines (1-based file lines; line 1 is the header) replaced. */
    private Path ties(String name, java.util.Map<Integer, String> replaced) throws Exception {
        StringBuilder csv = new StringBuilder("始点,終点,種別,開始年\n");
        for (int line = 2; line <= TIES + 1; line++) {
            String row = replaced.get(line);
            if (row == null) {
                int i = line - 2;
                row = "機関" + (i % 3000) + ",機関" + ((i * 7 + 1) % 3001 + 3000) + ",transaction," + (1990 + i % 30);
            }
            csv.append(row).append('\n');
        }
        Path p = dir.resolve(name);
        Files.writeString(p, csv.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void badRowsFoundAfterWritingStartedAreAllReportedAndNothingIsImported() throws Exception {
        Path csv = ties("late-bad.csv", java.util.Map.of(
                20_000, "機関1,機関2,transaction,20x1",
                40_001, "機関3,,transaction,2001",
                TIES + 1, "機関4,機関4,no_such_kind,2001"));
        try (ProjectFile pf = project()) {
            Project before = pf.snapshot();
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, csv, null));
            List<String> problems = e.problems();
            assertEquals(4, problems.size(), problems.toString());
            assertEquals("late-bad.csv line 20000, column 開始年: not a year: '20x1' (four digits, e.g. 2005)",
                    problems.get(0));
            assertEquals("late-bad.csv line 40001, column 終点: a tie needs a target actor", problems.get(1));
            assertTrue(problems.get(2).startsWith("late-bad.csv line 50001, column 終点: a tie needs two different"),
                    problems.get(2));
            assertTrue(problems.get(3).startsWith("late-bad.csv line 50001, column 種別: unknown tie kind"),
                    problems.get(3));
            assertEquals(before, pf.snapshot());
            assertFalse(pf.history().canUndo(), "a failed import leaves no undo step");
        }
        assertEquals(List.of("tie_source", "tie_target"), tieIndexes(dir.resolve("p.kizuna")));
        assertNoReaderLeft();
    }

    @Test
    void aBrokenQuoteOnTheLastLineRollsBackWhatWasAlreadyWritten() throws Exception {
        Path csv = ties("broken.csv", java.util.Map.of(TIES + 1, "機関1,\"機関2,transaction,2001"));
        try (ProjectFile pf = project()) {
            Project before = pf.snapshot();
            CsvFormatException e = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, csv, null));
            assertEquals(List.of("broken.csv line 50001: a quoted field is never closed"), e.problems());
            assertEquals(before, pf.snapshot());
            assertFalse(pf.history().canUndo());
        }
        try (ProjectFile reopened = ProjectFile.open(dir.resolve("p.kizuna"))) {
            assertEquals(2, reopened.snapshot().actors().size());
            assertEquals(1, reopened.snapshot().ties().size());
        }
        assertNoReaderLeft();
    }

    @Test
    void aWriterFailureMidWayLeavesTheProjectUnchangedAndStopsTheReader() throws Exception {
        Path csv = ties("ok.csv", java.util.Map.of());
        Path file = dir.resolve("p.kizuna");
        project().close();
        try (ProjectFile pf = ProjectFile.open(file)) {
            Project before = pf.snapshot();
            // A real SQLite failure part-way through the inserts, as a full disk gives it: the file may
            // grow by only so many pages, long after the first batches and the index drop went in.
            try (Statement st = pf.connectionForReading().createStatement();
                 java.sql.ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                st.execute("PRAGMA max_page_count = " + (rs.getLong(1) + 150));
            }
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> CsvNetworkImporter.importFiles(pf, csv, null));
            assertEquals(org.kizuna.store.WriteFailure.Cause.NO_SPACE, org.kizuna.store.SafeWrite.classify(e),
                    String.valueOf(e));
            assertEquals(before, pf.snapshot());
            assertFalse(pf.history().canUndo());
        }
        assertEquals(List.of("tie_source", "tie_target"), tieIndexes(file));
        assertNoReaderLeft();
    }

    @Test
    void skippedRowsAcrossBatchesImportTheRestAsOneUndoableStep() throws Exception {
        Path csv = ties("some-bad.csv", java.util.Map.of(
                3, "機関1,機関2,transaction,1",
                25_000, "機関1,機関2,transaction,year",
                TIES, "既存 株式会社,既存 株式会社,transaction,2001"));
        try (ProjectFile pf = project()) {
            Project before = pf.snapshot();
            org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, csv, null,
                    new CsvNetworkImporter.Settings(null, true, null));
            assertEquals(TIES - 3, r.tiesAdded());
            assertEquals(3, r.skippedRows());
            assertEquals(List.of("some-bad.csv line 3, column 開始年", "some-bad.csv line 25000, column 開始年",
                    "some-bad.csv line 50000, column 終点"), r.skipped().stream().map(CsvFormatException::text)
                    .map(s -> s.substring(0, s.indexOf(':'))).toList());
            Project after = pf.snapshot();
            assertEquals(before.ties().size() + TIES - 3, after.ties().size());
            assertEquals(before.actors().size() + r.actorsAdded(), after.actors().size());
            // every imported tie points at the actors its row names
            Tie last = after.ties().get(after.ties().size() - 1);
            int i = TIES - 1;
            assertEquals("機関" + (i % 3000), after.actor(last.sourceId()).name());
            assertEquals("機関" + ((i * 7 + 1) % 3001 + 3000), after.actor(last.targetId()).name());
            assertEquals(Integer.valueOf(1990 + i % 30), last.startYear());

            pf.history().undo();
            assertEquals(before, pf.snapshot());
            pf.history().redo();
            assertEquals(after, pf.snapshot());
        }
        assertEquals(List.of("tie_source", "tie_target"), tieIndexes(dir.resolve("p.kizuna")));
    }

    private static void assertNoReaderLeft() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("kizuna-csv-import")) {
                t.join(5_000);
                assertFalse(t.isAlive(), "the reading thread is still running");
            }
        }
    }

    private static List<String> tieIndexes(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tie' AND name LIKE 'tie_%' "
                             + "ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
