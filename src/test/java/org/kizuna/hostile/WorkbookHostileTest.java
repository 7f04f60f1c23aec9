// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

/**
 * Hostile workbooks, each built here as raw zip and XML (no stored binaries), imported through the
 * CLI in-process: a broken, foreign, oversized or malicious .xlsx is refused with one
 * {@code kizuna:} line naming the sheet and cell where there is one, no trace or library noise, the
 * project's bytes unchanged; well-formed oddities (formulas, booleans, errors, dates, strict OOXML,
 * rows without numbers…) are read as Excel reads them.
 */
class WorkbookHostileTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ workbook builder

    /** A workbook as parts: by default an Actors sheet (2 actors) and a Ties sheet (1 tie). */
    static final class Book {
        final LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        final List<String[]> sheets = new ArrayList<>(); // name, xml
        String sharedStrings;
        String mainNs = MAIN;
        String relNs = DOC_RELS;
        String workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

        static Book standard() {
            Book b = new Book();
            b.sheet("Actors", rows(row(1, str("A1", "name"), str("B1", "kind")),
                    row(2, str("A2", "X社"), str("B2", "company")),
                    row(3, str("A3", "Y大学"), str("B3", "university"))));
            b.sheet("Ties", rows(row(1, str("A1", "source"), str("B1", "target"), str("C1", "kind"), str("D1", "strength")),
                    row(2, str("A2", "X社"), str("B2", "Y大学"), str("C2", "joint_research"), num("D2", "1"))));
            return b;
        }

        private String[] tieCells;

        /** The standard actors, and a Ties sheet whose second row is given. */
        static Book tieRow(String... cells) {
            Book b = standard();
            b.tieCells = cells;
            return b.sheetsHeader();
        }

        /** The Ties header: source, target, kind, strength and these columns (E1, F1, …). */
        Book sheetsHeader(String... extra) {
            StringBuilder h = new StringBuilder(str("A1", "source") + str("B1", "target") + str("C1", "kind")
                    + str("D1", "strength"));
            for (int i = 0; i < extra.length; i++) {
                h.append(str((char) ('E' + i) + "1", extra[i]));
            }
            sheets.set(1, new String[] {"Ties", rows(row(1, h.toString()), row(2, tieCells))});
            return this;
        }

        /** A fourth row on the Actors sheet. */
        Book sheetsActor(String... cells) {
            sheets.set(0, new String[] {"Actors", sheets.get(0)[1] + row(4, cells)});
            return this;
        }

        Book sharedRaw(String items) {
            sharedStrings = "<sst xmlns=\"" + MAIN + "\">" + items + "</sst>";
            return this;
        }

        Book sheet(String name, String sheetData) {
            sheets.add(new String[] {name, sheetData});
            return this;
        }

        Book shared(String... strings) {
            StringBuilder sb = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + strings.length + "\">");
            for (String s : strings) {
                sb.append("<si><t>").append(s).append("</t></si>");
            }
            sharedStrings = sb.append("</sst>").toString();
            return this;
        }

        /** The parts of the package, with the sheets' XML wrapped; edits may replace any of them. */
        Map<String, byte[]> build() {
            parts.clear();
            put("[Content_Types].xml", XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookType + "\"/></Types>");
            put("_rels/.rels", XML_DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            StringBuilder wb = new StringBuilder(XML_DECL + "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\"><sheets>");
            StringBuilder rels = new StringBuilder(XML_DECL
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 0; i < sheets.size(); i++) {
                wb.append("<sheet name=\"").append(sheets.get(i)[0]).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 1).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(relNs)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            }
            if (sharedStrings != null) {
                rels.append("<Relationship Id=\"rIdS\" Type=\"").append(relNs)
                        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            for (int i = 0; i < sheets.size(); i++) {
                put("xl/worksheets/sheet" + (i + 1) + ".xml", XML_DECL + "<worksheet xmlns=\"" + mainNs + "\"><sheetData>"
                        + sheets.get(i)[1] + "</sheetData></worksheet>");
            }
            if (sharedStrings != null) {
                put("xl/sharedStrings.xml", XML_DECL + sharedStrings.replace(MAIN, mainNs));
            }
            return parts;
        }

        void put(String name, String xml) {
            parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String rows(String... rows) {
        return String.join("", rows);
    }

    static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    static String str(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String num(String ref, String v) {
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }

    static String sst(String ref, String index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static byte[] zip(Map<String, byte[]> parts) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Book b) {
        return zip(b.build());
    }

    /** The standard book with one part's text edited. */
    static byte[] edited(Book b, String part, java.util.function.UnaryOperator<String> edit) {
        Map<String, byte[]> parts = b.build();
        parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static byte[] without(Book b, String part) {
        Map<String, byte[]> parts = b.build();
        parts.remove(part);
        return zip(parts);
    }

    static byte[] with(Book b, Consumer<Map<String, byte[]>> edit) {
        Map<String, byte[]> parts = b.build();
        edit.accept(parts);
        return zip(parts);
    }

    // ------------------------------------------------------------------ cases

    /** A refusal: exit code 1 and one line holding every one of {@code words}. */
    static Arguments refused(String name, byte[] file, String... words) {
        return Arguments.of(name, file, 1, words, -1, -1);
    }

    /** An import that goes through: exit 0 and the project's counts afterwards (2 actors and 1 tie before). */
    static Arguments accepted(String name, byte[] file, int actors, int ties) {
        return Arguments.of(name, file, 0, new String[0], actors, ties);
    }

    static Stream<Arguments> cases() {
        byte[] good = zip(Book.standard());
        String longText = noise(40_000, "長");
        List<Arguments> c = new ArrayList<>();
        // ---- not a workbook at all
        c.add(refused("empty file", new byte[0], "is not an .xlsx workbook"));
        c.add(refused("a CSV file", "source,target\nA,B\n".getBytes(StandardCharsets.UTF_8), "is not an .xlsx workbook"));
        c.add(refused("random bytes", new java.util.Random(7).ints(4096, 0, 256).collect(ByteArrayOutputStream::new,
                ByteArrayOutputStream::write, (a, b) -> { }).toByteArray(), "is not an .xlsx workbook"));
        c.add(refused("encrypted (OLE2 container)", ole2(), "password-protected"));
        c.add(refused("encrypted by POI (agile, a password)", encrypted(good), "password-protected"));
        c.add(refused("only a zip signature", new byte[] {'P', 'K', 3, 4}, "truncated or damaged"));
        c.add(refused("truncated to half", Arrays.copyOf(good, good.length / 2), "truncated or damaged"));
        c.add(refused("truncated to a tenth", Arrays.copyOf(good, good.length / 10), "truncated or damaged"));
        c.add(refused("truncated by one byte", Arrays.copyOf(good, good.length - 1), "truncated or damaged"));
        c.add(refused("central directory garbled", garbleTail(good), "truncated or damaged"));
        c.add(refused("compressed data garbled", garbleEntry(Book.standard(), "xl/worksheets/sheet2.xml"), "damaged"));
        c.add(refused("a zip without [Content_Types].xml", zip(Map.of("readme.txt", "hi".getBytes(StandardCharsets.UTF_8))),
                "is not an .xlsx workbook", "[Content_Types].xml"));
        // ---- an Office package, but not a workbook, or with parts missing
        Book word = Book.standard();
        word.workbookType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        c.add(refused("a Word document", zip(word), "a Word document"));
        Book xlsb = Book.standard();
        xlsb.workbookType = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
        c.add(refused("a binary .xlsb workbook", zip(xlsb), ".xlsb"));
        Book plain = Book.standard();
        plain.workbookType = "text/plain";
        c.add(refused("wrong content type of the workbook part", zip(plain), "content type text/plain"));
        c.add(refused("no _rels/.rels", without(Book.standard(), "_rels/.rels"), "_rels/.rels"));
        c.add(refused("no officeDocument relationship", edited(Book.standard(), "_rels/.rels",
                s -> s.replace("/officeDocument", "/thumbnail")), "without a main document"));
        c.add(refused("no workbook part", without(Book.standard(), "xl/workbook.xml"), "xl/workbook.xml", "missing"));
        c.add(refused("no workbook relationships", without(Book.standard(), "xl/_rels/workbook.xml.rels"),
                "'Actors'", "no part"));
        c.add(refused("a sheet's part is missing", without(Book.standard(), "xl/worksheets/sheet2.xml"),
                "sheet 'Ties'", "xl/worksheets/sheet2.xml", "missing"));
        c.add(refused("the shared strings part is missing", without(Book.standard().shared("x"), "xl/sharedStrings.xml"),
                "shared strings", "missing"));
        c.add(refused("two sheets with one name", zip(Book.standard().sheet("ties", "")), "two sheets are named 'ties'"));
        c.add(refused("two parts differing in case only", with(Book.standard(),
                p -> p.put("XL/Workbook.xml", p.get("xl/workbook.xml"))), "XL/Workbook.xml"));
        c.add(refused("the same zip entry twice", duplicateEntry(Book.standard()), "damaged"));
        c.add(refused("more parts than POI allows", with(Book.standard(), p -> {
            for (int i = 0; i < 1001; i++) {
                p.put("xl/media/x" + i + ".bin", new byte[0]);
            }
        }), "parts"));
        c.add(refused("a zip directory over 4 MiB", with(Book.standard(), p -> {
            for (int i = 0; i < 70; i++) {
                p.put("xl/media/" + i + "x".repeat(65_000), new byte[0]);
            }
        }), "zip directory over 4 MiB"));
        c.add(refused("no sheet at all", zip(new Book()), "has no sheet Kizuna can import"));
        c.add(refused("a sheet of another kind only", edited(new Book().sheet("Chart1", ""),
                "xl/_rels/workbook.xml.rels", s -> s.replace("/worksheet\"", "/chartsheet\"")),
                "has no sheet Kizuna can import", "Chart1"));
        // ---- zip bombs
        c.add(refused("zip bomb in a sheet (ratio)", zip(Book.standard().sheet("Pad", row(1, str("A1", "x"))
                + " ".repeat(3_000_000))), "zip-bomb"));
        c.add(refused("zip bomb in the shared strings", zip(Book.standard().shared("<!-- -->" + " ".repeat(3_000_000))),
                "zip-bomb"));
        // ---- XML attacks
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        c.add(refused("XXE in a sheet", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace(XML_DECL, xxe).replace("joint_research", "&x;")), "sheet 'Ties'", "DTD"));
        c.add(refused("billion laughs in the shared strings", edited(Book.standard().shared("a"), "xl/sharedStrings.xml",
                s -> s.replace(XML_DECL, "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                        + "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")
                        .replace("<t>a</t>", "<t>&c;</t>")), "sharedStrings.xml", "DTD"));
        c.add(refused("DOCTYPE in [Content_Types].xml", edited(Book.standard(), "[Content_Types].xml",
                s -> s.replace(XML_DECL, XML_DECL + "<!DOCTYPE Types SYSTEM \"http://example.invalid/t.dtd\">")), "DTD"));
        c.add(refused("DOCTYPE in the workbook part", edited(Book.standard(), "xl/workbook.xml",
                s -> s.replace(XML_DECL, XML_DECL + "<!DOCTYPE workbook>")), "xl/workbook.xml", "DTD"));
        c.add(refused("external entity in the relationships", edited(Book.standard(), "_rels/.rels",
                s -> s.replace(XML_DECL, XML_DECL + "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://example.invalid/p\">%p;]>")),
                "DTD"));
        c.add(refused("malformed sheet XML", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace("</sheetData>", "")), "sheet 'Ties'", "XML error"));
        c.add(refused("malformed workbook XML", edited(Book.standard(), "xl/workbook.xml",
                s -> s.replace("<sheets>", "<sheets")), "xl/workbook.xml", "XML error"));
        c.add(refused("malformed content types", edited(Book.standard(), "[Content_Types].xml",
                s -> s.substring(0, s.length() - 5)), "[Content_Types].xml", "XML error"));
        c.add(refused("not XML at all in a sheet", with(Book.standard(),
                p -> p.put("xl/worksheets/sheet1.xml", "name,kind\nA,company\n".getBytes(StandardCharsets.UTF_8))),
                "sheet 'Actors'", "XML error"));
        c.add(refused("a sheet in UTF-16", with(Book.standard(), p -> p.put("xl/worksheets/sheet1.xml",
                new String(p.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8).replace("UTF-8", "UTF-16")
                        .getBytes(StandardCharsets.UTF_16))), "sheet 'Actors'", "UTF-8"));
        c.add(refused("a 2 MiB attribute", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace("<sheetData>", "<sheetData x=\"" + noise(2 << 20, ">") + "\">")), "sheet 'Ties'", "MiB"));
        c.add(refused("a 2 MiB comment", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace("<sheetData>", "<sheetData><!--" + noise(2 << 20, "'\"") + "-->")), "sheet 'Ties'", "MiB"));
        c.add(refused("elements nested 200 deep", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace("<sheetData>", "<sheetData>" + "<x>".repeat(200) + "</x>".repeat(200))), "sheet 'Ties'", "nests"));
        c.add(refused("3,000 different element names", edited(Book.standard(), "xl/worksheets/sheet2.xml",
                s -> s.replace("<sheetData>", "<sheetData>" + manyNames(3000))), "sheet 'Ties'", "different element"));
        // ---- cells that cannot be read: reported with their reference
        c.add(refused("shared string index out of range", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), sst("D2", "99999")).shared("a", "b")), "Ties!D2", "shared string 99999", "only 2"));
        c.add(refused("shared string index without a table", zip(Book.tieRow(sst("A2", "0"), str("B2", "Y大学"))),
                "Ties!A2", "shared string 0", "none"));
        c.add(refused("negative shared string index", zip(Book.tieRow(str("A2", "X社"), sst("B2", "-1")).shared("Y大学")),
                "Ties!B2", "shared string -1"));
        c.add(refused("shared string index not a number", zip(Book.tieRow(str("A2", "X社"), sst("B2", "one"))
                .shared("Y大学")), "Ties!B2", "shared string one"));
        c.add(refused("shared string index beyond int", zip(Book.tieRow(str("A2", "X社"), sst("B2", "99999999999999"))
                .shared("Y大学")), "Ties!B2"));
        c.add(refused("malformed number", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"), str("C2", "funding"),
                num("D2", "abc"))), "Ties!D2", "marked as a number", "'abc'"));
        c.add(refused("number too large for a double", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), num("D2", "1e999"))), "Ties!D2", "marked as a number"));
        c.add(refused("NaN as a number", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"), str("C2", "funding"),
                num("D2", "NaN"))), "Ties!D2", "'NaN'"));
        c.add(refused("hexadecimal number", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"), str("C2", "funding"),
                num("D2", "0x1p3"))), "Ties!D2"));
        c.add(refused("a boolean that is neither", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                "<c r=\"C2\" t=\"b\"><v>2</v></c>")), "Ties!C2", "boolean"));
        c.add(refused("an unknown cell type", zip(Book.tieRow(str("A2", "X社"), "<c r=\"B2\" t=\"zz\"><v>1</v></c>")),
                "Ties!B2", "unknown type"));
        c.add(refused("an inline cell over 32,767 characters", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), str("D2", longText))), "Ties!D2", "32,767"));
        c.add(refused("a shared string over 32,767 characters", zip(Book.tieRow(str("A2", "X社"), sst("B2", "0"))
                .shared(longText)), "Ties!B2", "32,767"));
        c.add(refused("a control character in a name (escaped)", zip(Book.tieRow(str("A2", "X_x0007_社"), str("B2", "Y大学"))),
                "Ties!A2", "U+0007"));
        c.add(refused("a control character in a shared string", zip(Book.tieRow(str("A2", "X社"), sst("B2", "0"))
                .shared("Y_x001B_大学")), "Ties!B2", "U+001B"));
        c.add(refused("a control character as a character reference", zip(Book.tieRow(str("A2", "X社"),
                str("B2", "Y&#x85;大学"))), "Ties!B2", "U+0085"));
        c.add(refused("a cell reference of another row", zip(Book.tieRow(str("A9", "X社"), str("B2", "Y大学"))),
                "'A9'", "row 2 of sheet 'Ties'"));
        c.add(refused("a cell reference of row 0", zip(Book.tieRow(str("A0", "X社"), str("B2", "Y大学"))), "'A0'"));
        c.add(refused("a cell beyond column XFD", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"), str("XFE2", "x"))),
                "'XFE2'"));
        c.add(refused("a cell reference that is no reference", zip(Book.tieRow(str("A2", "X社"), str("2B", "Y大学"))),
                "'2B'"));
        c.add(refused("cells out of order", zip(Book.tieRow(str("B2", "Y大学"), str("A2", "X社"))), "Ties!A2",
                "cells must be in order"));
        c.add(refused("rows out of order", zip(replaceSheet(Book.standard(), 1, row(1, str("A1", "source"), str("B1", "target"))
                + row(9, str("A9", "X社"), str("B9", "Y大学")) + row(5, str("A5", "Y大学"), str("B5", "X社")))),
                "sheet 'Ties'", "row 5 comes after row 9"));
        c.add(refused("the same row twice", zip(replaceSheet(Book.standard(), 1, row(1, str("A1", "source"), str("B1", "target"))
                + row(2, str("A2", "X社"), str("B2", "Y大学")) + row(2, str("A2", "Y大学"), str("B2", "X社")))),
                "row 2 comes after row 2"));
        c.add(refused("row number 0", zip(replaceSheet(Book.standard(), 1, row(1, str("A1", "source"), str("B1", "target"))
                + "<row r=\"0\"></row>")), "row number '0'"));
        c.add(refused("row number beyond Excel's last row", zip(replaceSheet(Book.standard(), 1,
                row(1, str("A1", "source"), str("B1", "target")) + "<row r=\"1048577\"></row>")), "'1048577'"));
        c.add(refused("row number beyond int", zip(replaceSheet(Book.standard(), 1,
                row(1, str("A1", "source"), str("B1", "target")) + "<row r=\"99999999999999999999\"></row>")),
                "'99999999999999999999'"));
        c.add(refused("row number that is text", zip(replaceSheet(Book.standard(), 1,
                row(1, str("A1", "source"), str("B1", "target")) + "<row r=\"two\"></row>")), "'two'"));
        c.add(refused("a header row over 1 MiB", zip(replaceSheet(Book.standard(), 1, row(1, wideHeader()))),
                "sheet 'Ties'", "row 1", "MiB"));
        c.add(refused("a matrix sheet of 120,000 cells", zip(Book.standard().sheet("マネジメント要素", bigMatrix())),
                "マネジメント要素", "100,000 cells"));
        c.add(refused("a bad merged range in the matrix", edited(Book.standard().sheet("マネジメント要素",
                row(1, str("A1", "機関"), str("B1", "要素"))), "xl/worksheets/sheet3.xml",
                s -> s.replace("</sheetData>", "</sheetData><mergeCells><mergeCell ref=\"A1:ZZZZ9\"/></mergeCells>")),
                "merged range 'A1:ZZZZ9'"));
        c.add(refused("a bad cell in the matrix", zip(Book.standard().sheet("マネジメント要素",
                row(1, str("A1", "機関"), str("B1", "要素")) + row(2, str("A2", "X社"), sst("B2", "7")))),
                "マネジメント要素!B2", "shared string 7"));
        c.add(refused("a date serial as a start year", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), num("D2", "1"), "<c r=\"E2\" s=\"1\"><v>38000</v></c>")
                .sheetsHeader("start_year")), "[Ties]:2", "not a year"));
        // ---- oddities that are read as Excel reads them
        c.add(accepted("the standard workbook", good, 4, 2));
        c.add(accepted("shared strings with rich text and furigana", zip(Book.tieRow(str("A2", "X社"), sst("B2", "0"),
                str("C2", "funding")).sheetsActor(sst("A4", "0"), str("B4", "company"))
                .sharedRaw("<si><r><t>帯</t></r><r><rPr><b/></rPr><t>広</t></r><rPh sb=\"0\" eb=\"2\"><t>オビヒロ</t></rPh></si>")),
                5, 2));
        c.add(accepted("an empty first shared string", zip(Book.tieRow(str("A2", "X社"), sst("B2", "1"), sst("C2", "0"))
                .sharedRaw("<si><t/></si><si><t>Y大学</t></si>")), 4, 2));
        c.add(accepted("formulas with cached results", zip(Book.tieRow("<c r=\"A2\" t=\"str\"><f>\"X\"&amp;\"社\"</f><v>X社</v></c>",
                str("B2", "Y大学"), str("C2", "funding"), "<c r=\"D2\"><f>1+1</f><v>2</v></c>")), 4, 2));
        c.add(accepted("a formula without a cached value", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), "<c r=\"D2\"><f>1+1</f></c>")), 4, 2));
        c.add(accepted("booleans and an error cell", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), num("D2", "3"), "<c r=\"E2\" t=\"b\"><v>1</v></c>",
                "<c r=\"F2\" t=\"e\"><v>#N/A</v></c>").sheetsHeader("directed", "notes")), 4, 2));
        c.add(accepted("an ISO date cell in the notes", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), num("D2", "1"), "<c r=\"E2\" t=\"d\"><v>2024-04-01T00:00:00</v></c>")
                .sheetsHeader("notes")), 4, 2));
        c.add(accepted("a tie on Excel's last row", zip(replaceSheet(Book.standard(), 1,
                row(1, str("A1", "source"), str("B1", "target")) + row(1_048_576, str("A1048576", "X社"),
                        str("B1048576", "Y大学")))), 4, 2));
        c.add(accepted("rows and cells without references", zip(replaceSheet(Book.standard(), 1,
                "<row><c t=\"inlineStr\"><is><t>source</t></is></c><c t=\"inlineStr\"><is><t>target</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>X社</t></is></c><c t=\"inlineStr\"><is><t>Y大学</t></is></c></row>")),
                4, 2));
        c.add(accepted("lower-case cell references", zip(Book.tieRow(str("a2", "X社"), str("b2", "Y大学"))),
                4, 2));
        c.add(accepted("styled empty cells and empty rows", zip(replaceSheet(Book.standard(), 1,
                row(1, str("A1", "source"), str("B1", "target"), "<c r=\"C1\" s=\"3\"/>") + row(2) + "<row r=\"3\"/>"
                        + row(7, "<c r=\"A7\" s=\"2\"/>", str("B7", " ")) + row(8, str("A8", "X社"), str("B8", "Y大学")))),
                4, 2));
        Book strict = Book.standard();
        strict.mainNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        strict.relNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        c.add(accepted("strict OOXML namespaces", zip(strict), 4, 2));
        c.add(accepted("a byte-order mark before the XML", with(Book.standard(), p -> p.put("xl/worksheets/sheet2.xml",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, p.get("xl/worksheets/sheet2.xml")))), 4, 2));
        c.add(accepted("an absolute relationship target", edited(Book.standard(), "xl/_rels/workbook.xml.rels",
                s -> s.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/sheet2.xml\"")), 4, 2));
        c.add(accepted("escaped underscores and CDATA", zip(Book.tieRow(str("A2", "X社"), str("B2", "Y大学"),
                str("C2", "funding"), num("D2", "1"), str("E2", "<![CDATA[a <b> & _x005F_x0007_]]>"))
                .sheetsHeader("notes")), 4, 2));
        c.add(accepted("a chart sheet beside the data", edited(Book.standard().sheet("Chart1", ""),
                "xl/_rels/workbook.xml.rels", s -> s.replace("rId3\" Type=\"" + DOC_RELS + "/worksheet\"",
                        "rId3\" Type=\"" + DOC_RELS + "/chartsheet\"")), 4, 2));
        return c.stream();
    }

    // ------------------------------------------------------------------ the test

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileWorkbookIsRefusedOrReadAsExcelReadsIt(String name, byte[] content, int code, String[] words,
                                                       int actors, int ties) throws Exception {
        Path project = dir.resolve("p.kizuna");
        try (ProjectFile pf = ProjectFile.create(project, "p")) {
            long a = pf.execute(Edits.addActor(Actor.of("Pre1", "company", true))).createdIds().get(0);
            long b = pf.execute(Edits.addActor(Actor.of("Pre2", "company", true))).createdIds().get(0);
            pf.execute(Edits.addTie(new Tie(0, a, b, "funding", true, 1.0, null, null, null, null)));
        }
        Path xlsx = dir.resolve("h.xlsx");
        Files.write(xlsx, content);
        String before = Hostile.sha256(project);
        Hostile.Run run = Hostile.run("import", project.toString(), "--xlsx", xlsx.toString());
        if (code == 0) {
            assertEquals(0, run.code(), () -> name + ": " + run.err() + run.out());
            Hostile.assertNoTrace(run);
            assertTrue(run.errLines().isEmpty(), () -> "nothing on stderr: " + run.err());
            Project p = snapshot(project);
            assertEquals(actors, p.actors().size(), name + ": actors");
            assertEquals(ties, p.ties().size(), name + ": ties");
            assertTrue(p.actors().stream().noneMatch(x -> x.name().contains("オビヒロ")), "furigana is not text");
            return;
        }
        Hostile.assertRefused(run, code, null);
        String line = run.errLines().get(0);
        for (String w : words) {
            assertTrue(line.contains(w), () -> name + ": the message should name '" + w + "': " + line);
        }
        assertTrue(line.length() < 600, () -> "one short line: " + line);
        assertEquals(before, Hostile.sha256(project), "the project's bytes are unchanged");
        Project p = snapshot(project);
        assertEquals(2, p.actors().size(), "actors unchanged");
        assertEquals(1, p.ties().size(), "ties unchanged");
    }

    private Path project() throws Exception {
        Path project = dir.resolve("p.kizuna");
        try (ProjectFile pf = ProjectFile.create(project, "p")) {
            pf.execute(Edits.addActor(Actor.of("Pre1", "company", true)));
        }
        return project;
    }

    @org.junit.jupiter.api.Test
    void withSkipBadRowsAnUnreadableCellIsListedWithItsReferenceNotDropped() throws Exception {
        Book b = Book.standard().shared("X社");
        replaceSheet(b, 1, row(1, str("A1", "source"), str("B1", "target"))
                + row(2, str("A2", "X社"), str("B2", "Y大学"))
                + row(3, str("A3", "Y大学"), sst("B3", "99999"))
                + row(4, str("A4", "Y大学"), sst("B4", "0")));
        Path xlsx = dir.resolve("skip.xlsx");
        Files.write(xlsx, zip(b));
        Path project = project();
        Hostile.Run run = Hostile.run("import", project.toString(), "--xlsx", xlsx.toString(), "--skip-bad-rows");
        assertEquals(0, run.code(), run::err);
        Hostile.assertNoTrace(run);
        assertTrue(run.out().contains("skipped 1 bad row"), run.out());
        assertTrue(run.out().contains("skip.xlsx [Ties]:3 [B]: cell Ties!B3 points at shared string 99999, but the workbook"
                + " has only 1"), run.out());
        Project p = snapshot(project);
        assertEquals(3, p.actors().size());
        assertEquals(2, p.ties().size(), "rows 2 and 4");
    }

    @org.junit.jupiter.api.Test
    void aSheetOfBadRowsStopsBeingReadAfterAThousandProblems() throws Exception {
        StringBuilder rows = new StringBuilder(row(1, str("A1", "source"), str("B1", "target")));
        for (int r = 2; r < 5_000; r++) {
            rows.append(row(r, str("A" + r, "X社"), sst("B" + r, "7")));
        }
        Path xlsx = dir.resolve("many.xlsx");
        Files.write(xlsx, zip(replaceSheet(Book.standard(), 1, rows.toString())));
        Path project = project();
        String before = Hostile.sha256(project);
        Hostile.Run run = Hostile.run("import", project.toString(), "--xlsx", xlsx.toString());
        assertEquals(1, run.code());
        Hostile.assertNoTrace(run);
        // 4,998 bad rows, but reading stopped at the thousandth problem (one more line says so)
        assertTrue(run.errLines().get(0).startsWith("kizuna: 1001 problems, nothing imported:"), run.err());
        assertTrue(run.err().contains("many.xlsx [Ties]:2 [B]: cell Ties!B2 points at shared string 7"), run.err());
        assertEquals(before, Hostile.sha256(project));
    }

    private static Project snapshot(Path project) throws Exception {
        try (ProjectFile pf = ProjectFile.open(project)) {
            return pf.snapshot();
        }
    }

    // ------------------------------------------------------------------ helpers

    static Book replaceSheet(Book b, int index, String sheetData) {
        b.sheets.set(index, new String[] {b.sheets.get(index)[0], sheetData});
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The first bytes of an OLE2 compound file, as an encrypted .xlsx or an old .xls starts. */
    static byte[] ole2() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        String marker = "EncryptedPackage";
        System.arraycopy(marker.getBytes(StandardCharsets.UTF_16LE), 0, b, 1024, marker.length() * 2);
        return b;
    }

    /** A real password-protected .xlsx: the workbook encrypted with POI's agile encryption. */
    static byte[] encrypted(byte[] workbook) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                os.write(workbook);
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] garbleTail(byte[] good) {
        byte[] b = good.clone();
        for (int i = b.length - 60; i < b.length - 10; i++) {
            b[i] = (byte) 0xFF;
        }
        return b;
    }

    /** A workbook whose entry's compressed bytes are overwritten in the middle. */
    static byte[] garbleEntry(Book book, String part) {
        Map<String, byte[]> parts = book.build();
        byte[] b = zip(parts);
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(b, name) + name.length;
        for (int i = at + 10; i < at + 40 && i < b.length; i++) {
            b[i] = (byte) 0xA5;
        }
        return b;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    static byte[] duplicateEntry(Book book) {
        Map<String, byte[]> parts = book.build();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                z.write(e.getValue());
                z.closeArchiveEntry();
            }
            z.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet2.xml"));
            z.write(parts.get("xl/worksheets/sheet1.xml"));
            z.closeArchiveEntry();
            z.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text that does not compress like a zip bomb: pseudo-random letters and kanji, with the given
     * characters sprinkled in (no '<' or '&', so it stays well-formed where text or attributes may be).
     */
    static String noise(int length, String sprinkle) {
        java.util.Random r = new java.util.Random(length);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int k = r.nextInt(40);
            sb.append(k < 26 ? (char) ('a' + k) : k < 38 ? (char) (0x4E00 + r.nextInt(2000))
                    : sprinkle.isEmpty() ? ' ' : sprinkle.charAt(r.nextInt(sprinkle.length())));
        }
        return sb.toString();
    }

    static String manyNames(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<n").append(i).append("/>");
        }
        return sb.toString();
    }

    /** A header row of 40 cells of 30,000 characters each: 1.2 M characters in one row. */
    static String wideHeader() {
        StringBuilder sb = new StringBuilder(str("A1", "source") + str("B1", "target"));
        for (int c = 2; c < 42; c++) {
            sb.append(str(org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "1", noise(30_000, "")));
        }
        return sb.toString();
    }

    static String bigMatrix() {
        StringBuilder sb = new StringBuilder(row(1, str("A1", "機関"), str("B1", "要素")));
        for (int r = 2; r < 2 + 1200; r++) {
            sb.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 100; c++) {
                sb.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c)).append(r)
                        .append("\"><v>1</v></c>");
            }
            sb.append("</row>");
        }
        return sb.toString();
    }
}
