// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportReport;
import org.kizuna.store.ProjectFile;

/**
 * A workbook's names and one-line fields with control characters are refused with sheet, line and
 * column (POI writes them as _xHHHH_ escapes and reads them back as the characters); notes keep tab
 * and line breaks.
 */
class WorkbookControlCharactersTest {
    @TempDir
    Path dir;

    @Test
    void controlCharactersAreProblemsWithSheetLineAndColumn() throws Exception {
        Path xlsx = dir.resolve("cc.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            fill(wb.createSheet("Actors"), List.of(
                    List.of("name", "kind", "location", "notes"),
                    List.of("A", "company", "Obihiro", "two\nlines\tand a tab"),
                    List.of("B\u0085", "company"),
                    List.of("C", "company", "Obi\thiro"),
                    // POI writes C0 characters as '?', so this one is written as OOXML's escape, which reads back as U+0007
                    List.of("D", "company", "x", "bell_x0007_"),
                    List.of("E", "company")));
            fill(wb.createSheet("Ties"), List.of(
                    List.of("source", "target", "kind", "notes"),
                    List.of("A", "E", "joint_research", "fine\nnote"),
                    List.of("A", "E", "joint\u007fresearch")));
            wb.write(os);
        }
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT));
            // The reader refuses what no cell may hold (C0 but tab and line breaks, DEL, C1) naming the cell;
            // the record rules refuse a tab or line break in a one-line field, naming its column.
            List<String> problems = e.problems().stream().map(p -> p.file() + ":" + p.line() + " [" + p.column() + "] "
                    + p.message().replaceAll(".*(U\\+[0-9A-F]{4}).*", "$1")).toList();
            assertEquals(List.of(
                    "cc.xlsx [Actors]:3 [A] U+0085",
                    "cc.xlsx [Actors]:4 [location] U+0009",
                    "cc.xlsx [Actors]:5 [D] U+0007",
                    "cc.xlsx [Ties]:3 [C] U+007F"), problems);
            assertEquals("cell Actors!A3 holds the control character U+0085 at position 2",
                    e.problems().get(0).message().substring(0, e.problems().get(0).message().indexOf(" at position") + 14));
            assertFalse(pf.history().canUndo(), "nothing imported");

            ImportReport r = WorkbookImporter.importInto(pf, xlsx, new ImportOptions(true, false));
            assertEquals(4, r.skipped().size());
            assertEquals("two\nlines\tand a tab", pf.snapshot().actors().get(0).notes());
        }
    }

    /** The matrix sheet's names (an element in the header, an institution in column A) are one line too. */
    @Test
    void aTabOrLineBreakInTheMatrixSheetsNamesIsAProblemOfItsCell() throws Exception {
        Path project = dir.resolve("tokachi.kizuna");
        org.kizuna.exchange.sample.SampleProjects.create("tokachi", project);
        Path xlsx = dir.resolve("m.xlsx");
        try (ProjectFile pf = ProjectFile.open(project)) {
            WorkbookExporter.export(pf.snapshot(), xlsx, new ExportOptions(org.kizuna.exchange.Lang.JA,
                    List.of("matrix"), null, java.time.LocalDate.of(2026, 1, 1), "test"));
        }
        String element;
        String institution;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet matrix = null;
            Row header = null;
            for (Sheet s : wb) {
                for (Row r : s) {
                    if (r.getCell(0) != null && "機関".equals(r.getCell(0).toString().strip())) {
                        matrix = s;
                        header = r;
                        break;
                    }
                }
                if (matrix != null) {
                    break;
                }
            }
            org.junit.jupiter.api.Assertions.assertNotNull(matrix, "the matrix sheet");
            element = header.getCell(1).getStringCellValue();
            header.getCell(1).setCellValue(element.substring(0, 1) + "\n" + element.substring(1));
            Row first = matrix.getRow(header.getRowNum() + 1);
            institution = first.getCell(0).getStringCellValue();
            first.getCell(0).setCellValue(institution.substring(0, 2) + "\t" + institution.substring(2));
            try (OutputStream os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
            int headerLine = header.getRowNum() + 1;
            try (ProjectFile pf = ProjectFile.create(dir.resolve("empty.kizuna"), "e")) {
                ExchangeException e = assertThrows(ExchangeException.class,
                        () -> WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT));
                List<String> where = e.problems().stream().filter(p -> p.message().contains("control character"))
                        .map(p -> p.line() + p.column() + " " + p.message().replaceAll(".*(U\\+[0-9A-F]{4}).*", "$1"))
                        .toList();
                assertEquals(List.of(headerLine + "B U+000A", (headerLine + 1) + "A U+0009"), where);
                assertFalse(pf.history().canUndo(), "nothing imported");
            }
        }
    }

    private static void fill(Sheet s, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c).toString());
            }
        }
    }
}
