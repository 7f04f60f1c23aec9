// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.Lang;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

/**
 * The tidy sheets' rows are written as XML outside POI and joined into the package as deflate
 * pieces: the text must come back exactly as the user wrote it (escapes, line breaks, spaces,
 * characters outside the BMP), the numbers and booleans as values, the sheet's dimension must be
 * right, and the joined parts must be valid zip entries (CRC and sizes checked on reading).
 */
class StreamedSheetsTest {
    @TempDir
    Path dir;

    @Test
    void textNumbersAndBooleansComeBackAsWritten() throws Exception {
        List<String> names = List.of(
                "  前後に空白  ",
                "A & B <C> \"q\" 'a'",
                "一行目\r\n二行目\n三行目",
                "タブ\tの後",
                "🏭 工場 𠮷野家",
                "_x0041_ looks like an escape",
                "plain");
        Path file = dir.resolve("text.kizuna");
        List<Long> ids = new ArrayList<>();
        long bell;
        try (ProjectFile pf = ProjectFile.create(file, "文字の試験")) {
            for (String n : names) {
                // a name takes no tab or line break through Kizuna's edits: set below as a file edited outside may hold it
                String clean = n.replaceAll("[\t\r\n]", "_");
                ids.add(pf.execute(Edits.addActor(Actor.of(clean, "company", true).withNotes(n))).createdIds().get(0));
            }
            bell = pf.execute(Edits.addActor(Actor.of("bell here", "university", false))).createdIds().get(0);
            pf.execute(Edits.addTie(Tie.of(ids.get(0), ids.get(1), "joint_research", true).withStrength(2.5)
                    .withNotes("x < y && y > z")));
            pf.execute(Edits.addTie(Tie.of(ids.get(2), ids.get(3), "transaction", false).withStrength(3)));
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            // names with tabs, line breaks or a control character: no longer accepted by Kizuna's edits
            // or its file format, but the exporter must still write whatever a snapshot holds
            org.kizuna.model.Project p = pf.snapshot();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).strip();
                p = org.kizuna.exchange.OutsideKizuna.withActor(p, ids.get(i), a -> a.withName(n));
            }
            p = org.kizuna.exchange.OutsideKizuna.withActor(p, bell, a -> a.withName("bell\u0007here"));
            Path out = dir.resolve("text.xlsx");
            WorkbookExporter.export(p, out,
                    new ExportOptions(Lang.JA, List.of(), null, LocalDate.of(2026, 1, 15), "9.9"));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
                XSSFSheet actors = wb.getSheet("機関一覧");
                int notes = column(actors, "メモ");
                for (int i = 0; i < names.size(); i++) {
                    // names are stored stripped; notes as written
                    assertEquals(names.get(i).strip(), WorkbookExporterTest.text(actors, i + 1, 0), "name " + i);
                    assertEquals(names.get(i), WorkbookExporterTest.text(actors, i + 1, notes), "notes " + i);
                }
                // XML 1.0 cannot hold a control character: it is written as the spreadsheet escape
                // _x0007_, which POI (and Excel) read back as the character
                assertEquals("bell\u0007here", WorkbookExporterTest.text(actors, names.size() + 1, 0));
                assertEquals(CellType.BOOLEAN, actors.getRow(1).getCell(6).getCellType());
                assertTrue(actors.getRow(1).getCell(6).getBooleanCellValue());
                assertFalse(actors.getRow(names.size() + 1).getCell(6).getBooleanCellValue());
                assertEquals("A1:" + lastColumn(actors) + (names.size() + 2), actors.getCTWorksheet().getDimension().getRef());

                XSSFSheet ties = wb.getSheet("連携一覧");
                assertEquals(2.5, ties.getRow(1).getCell(5).getNumericCellValue());
                assertEquals(3.0, ties.getRow(2).getCell(5).getNumericCellValue());
                assertEquals(CellType.NUMERIC, ties.getRow(2).getCell(5).getCellType());
                assertEquals("x < y && y > z", WorkbookExporterTest.text(ties, 1, 10));
                assertEquals("A1:K3", ties.getCTWorksheet().getDimension().getRef());
            }
            // every entry's CRC and size are checked while it is read in full
            try (ZipFile zip = new ZipFile(out.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    byte[] data = zip.getInputStream(e).readAllBytes();
                    assertEquals(e.getSize(), data.length, e.getName());
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    assertEquals(e.getCrc(), crc.getValue(), e.getName());
                }
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet7.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(sheet.contains("<autoFilter ref=\"A1:K3\"/>"), "POI's part of the sheet is kept");
                assertTrue(sheet.endsWith("</worksheet>"), sheet.substring(sheet.length() - 40));
            }
        }
    }

    private static int column(XSSFSheet s, String header) {
        for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static String lastColumn(XSSFSheet s) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(s.getRow(0).getLastCellNum() - 1);
    }

    @Test
    void crcOfJoinedPartsIsTheCrcOfTheWhole() {
        Random rnd = new Random(3);
        for (int round = 0; round < 200; round++) {
            byte[] whole = new byte[rnd.nextInt(5000)];
            rnd.nextBytes(whole);
            int a = whole.length == 0 ? 0 : rnd.nextInt(whole.length + 1);
            int b = a + (whole.length == a ? 0 : rnd.nextInt(whole.length - a + 1));
            byte[] p1 = java.util.Arrays.copyOfRange(whole, 0, a);
            byte[] p2 = java.util.Arrays.copyOfRange(whole, a, b);
            byte[] p3 = java.util.Arrays.copyOfRange(whole, b, whole.length);
            long joined = WorkbookPackage.crcCombine(
                    WorkbookPackage.crcCombine(WorkbookPackage.crc(p1), WorkbookPackage.crc(p2), p2.length),
                    WorkbookPackage.crc(p3), p3.length);
            assertEquals(WorkbookPackage.crc(whole), joined, "parts " + a + ", " + (b - a) + ", " + (whole.length - b));
        }
    }

    @Test
    void deflatePiecesEndingInASyncFlushJoinIntoOneStream() throws Exception {
        byte[] head = "<worksheet><sheetData>".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] middle = "<row r=\"1\"><c r=\"A1\"/></row>\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(WorkbookPackage.deflate(head, false));
        joined.write(WorkbookPackage.deflate(middle, false));
        joined.write(WorkbookPackage.deflate(tail, true));
        Inflater inf = new Inflater(true);
        inf.setInput(joined.toByteArray());
        byte[] out = new byte[head.length + middle.length + tail.length + 10];
        int n = 0;
        while (!inf.finished()) {
            n += inf.inflate(out, n, out.length - n);
        }
        inf.end();
        ByteArrayOutputStream want = new ByteArrayOutputStream();
        want.write(head);
        want.write(middle);
        want.write(tail);
        assertArrayEquals(want.toByteArray(), java.util.Arrays.copyOf(out, n));
    }
}
