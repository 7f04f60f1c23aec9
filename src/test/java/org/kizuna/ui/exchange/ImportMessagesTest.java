// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.exchange.Msg;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.csv.CsvFormatException;
import org.kizuna.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem and note the import window shows is worded in Japanese and in English: real bad
 * CSV files, workbooks and GraphML go through the window's check against the Tokachi demo, and each
 * problem must carry a Japanese text (with kana, so not the English or a bare name) next to the
 * English text the CLI prints, which stays word for word as before.
 */
class ImportMessagesTest {
    /** Hiragana or katakana: Japanese wording, not merely a Japanese name inside English. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void demo() throws Exception {
        project = ExchangeTestSupport.sample(dir, "tokachi");
    }

    private Path write(String name, String text) throws Exception {
        return ExchangeTestSupport.writeUtf8(dir, name, text);
    }

    private ImportCheck.Result csv(Path ties, Path actors, java.nio.charset.Charset encoding) throws Exception {
        return ImportCheck.run(project, new ImportCheck.Request(ImportViewModel.Source.CSV, ties, actors, null, encoding,
                false));
    }

    private ImportCheck.Result file(ImportViewModel.Source source, Path file) throws Exception {
        return ImportCheck.run(project, new ImportCheck.Request(source, null, null, file, null, false));
    }

    /** Both texts present, the Japanese one Japanese, and different from the English. */
    private static void bilingual(Problem p) {
        assertFalse(p.message().isBlank(), p.toString());
        assertTrue(KANA.matcher(p.messageJa()).find(), "no Japanese wording: " + p.messageJa() + " / " + p);
        assertFalse(p.messageJa().equals(p.message()), p.toString());
        assertEquals(p.messageJa(), p.message(true));
        assertEquals(p.message(), p.message(false));
    }

    private static void bilingual(Msg m) {
        assertTrue(KANA.matcher(m.ja()).find(), "no Japanese wording: " + m.ja() + " / " + m.en());
        assertFalse(m.ja().equals(m.en()), m.en());
    }

    /** The problems by "line column", checked to be bilingual; the English text as the value. */
    private static Map<String, String> english(List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            bilingual(p);
            out.put(p.file() + " " + p.line() + " " + p.column(), p.message());
        }
        return out;
    }

    @Test
    void csvRowProblemsAreWordedInBothLanguages() throws Exception {
        Path actors = write("actors.csv", "name,kind,sector,x\n"
                + "A社,company,industry,1\n"
                + "A社,company,industry,2\n"
                + "B社,spaceship,industry,3\n"
                + "C社,company,industry,abc\n"
                + "D社,company\n"
                + "E社,company,somewhere,1\n");
        Path ties = write("ties.csv", "source,target,weight,start,end,directed\n"
                + "A社,帯広畜産大学,abc,2005,,\n"
                + "A社,帯広畜産大学,1,20x5,,\n"
                + "A社,Z社,1,2005,,\n"
                + "A社,帯広畜産大学,-1,2010,2005,maybe\n"
                + "A社,A社,1,,,\n");
        ImportCheck.Result r = csv(ties, actors, null);
        Map<String, String> en = english(r.problems());
        assertEquals("duplicate actor name 'A社' (first at line 2)", en.get("actors.csv 3 name"));
        assertTrue(en.get("actors.csv 4 kind").startsWith("unknown actor kind 'spaceship' (one of: "), en.toString());
        assertTrue(en.get("actors.csv 4 kind").endsWith("; --add-kinds adds it)"), en.toString());
        assertEquals("not a number: 'abc'", en.get("actors.csv 5 x"));
        assertEquals("2 fields, the header has 4", en.get("actors.csv 6 sector"));
        assertEquals("unknown sector 'somewhere' (industry/産, academia/学, government/官, finance/金, other/他)",
                en.get("actors.csv 7 sector"));
        assertEquals("not a number: 'abc'", en.get("ties.csv 2 weight"));
        assertEquals("not a year: '20x5' (four digits, e.g. 2005)", en.get("ties.csv 3 start"));
        assertEquals("no actor named 'Z社' in actors.csv or the project", en.get("ties.csv 4 target"));
        assertEquals("a tie's strength must be a positive number, not -1", en.get("ties.csv 5 weight"));
        assertEquals("a tie cannot end (2005) before it starts (2010)", en.get("ties.csv 5 end"));
        assertEquals("not a yes/no value: 'maybe' (true/false)", en.get("ties.csv 5 directed"));
        assertEquals("a tie needs two different actors ('A社' twice)", en.get("ties.csv 6 target"));
        // the wording the Japanese window shows, for a few of them
        Map<String, String> ja = new LinkedHashMap<>();
        r.problems().forEach(p -> ja.put(p.file() + " " + p.line() + " " + p.column(), p.messageJa()));
        assertEquals("数値ではありません：「abc」", ja.get("ties.csv 2 weight"));
        assertEquals("関係主体「A社」が重複しています（最初は 2 行目）", ja.get("actors.csv 3 name"));
        assertEquals("年ではありません：「20x5」（4 桁の西暦、例：2005）", ja.get("ties.csv 3 start"));
        assertTrue(ja.get("actors.csv 4 kind").startsWith("関係主体の種別「spaceship」は不明です（既知："), ja.toString());
        assertEquals("項目の数が 2 で、見出しの 4 と合いません", ja.get("actors.csv 6 sector"));
        // the CLI's English lines are unchanged
        assertTrue(r.problems().stream().map(CsvFormatException::text).toList()
                .contains("ties.csv line 2, column weight: not a number: 'abc'"));
    }

    @Test
    void csvFileProblemsAndNotesAreWordedInBothLanguages() throws Exception {
        // a header without the required column, and a column used twice
        ImportCheck.Result missing = csv(write("t1.csv", "source,weight\nA,1\n"), null, null);
        assertEquals(List.of("t1.csv line 1: the required column 'target' is missing"),
                missing.problems().stream().map(CsvFormatException::text).toList());
        missing.problems().forEach(ImportMessagesTest::bilingual);
        ImportCheck.Result twice = csv(write("t2.csv", "source,target,source\nA,B,C\n"), null, null);
        assertEquals(List.of("t2.csv line 1, column 3: column 'source' appears twice"),
                twice.problems().stream().map(CsvFormatException::text).toList());
        twice.problems().forEach(ImportMessagesTest::bilingual);
        ImportCheck.Result empty = csv(write("t3.csv", ""), null, null);
        assertEquals(1, empty.problems().size());
        empty.problems().forEach(ImportMessagesTest::bilingual);
        ImportCheck.Result quote = csv(write("t4.csv", "source,target\n\"A,B\n"), null, null);
        assertEquals(List.of("t4.csv line 2: a quoted field is never closed"),
                quote.problems().stream().map(CsvFormatException::text).toList());
        quote.problems().forEach(ImportMessagesTest::bilingual);

        // notes: an unknown column, a kind added, an actor file without rows
        Path ties = write("t5.csv", "source,target,kind,colour\n帯広畜産大学,十勝新商事,brand_new,red\n");
        ImportCheck.Result r = ImportCheck.run(project, new ImportCheck.Request(ImportViewModel.Source.CSV, ties,
                write("a5.csv", "name\n"), null, null, true));
        assertEquals(3, r.notes().size(), r.notes().toString());
        r.notes().forEach(ImportMessagesTest::bilingual);
        assertTrue(r.notes().get(0).en().equals("a5.csv: no data rows"), r.notes().toString());
        assertTrue(r.notes().get(1).en().startsWith("t5.csv line 1: unknown column 4 'colour' — not imported"),
                r.notes().toString());
        assertTrue(r.notes().get(1).ja().startsWith("t5.csv 1 行目：不明な列「colour」（4 列目）は取り込みません"),
                r.notes().get(1).ja());
        assertEquals("added tie kind 'brand_new'", r.notes().get(2).en());
        assertEquals("連携の種別「brand_new」を追加します", r.notes().get(2).ja());
    }

    @Test
    void badEncodingIsWordedInBothLanguages() throws Exception {
        Path sjis = dir.resolve("actors-sjis.csv");
        Files.write(sjis, "name\n帯広の新会社\n".getBytes(TextEncoding.CP932));
        ImportCheck.Result forced = csv(null, sjis, StandardCharsets.UTF_8);
        assertEquals(1, forced.problems().size());
        Problem p = forced.problems().get(0);
        bilingual(p);
        assertEquals("actors-sjis.csv", p.file());
        assertTrue(p.message().startsWith("bytes that are not valid in the file's encoding ("), p.message());
        assertTrue(p.message().endsWith("); give the encoding with --encoding (utf-8 or shift_jis)"), p.message());

        Path neither = dir.resolve("bad.csv");
        Files.write(neither, new byte[] {'a', ',', (byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, '\n'});
        ImportCheck.Result detected = csv(neither, null, null);
        assertEquals(1, detected.problems().size());
        bilingual(detected.problems().get(0));
        assertEquals("bad.csv is neither UTF-8 nor Shift_JIS (CP932) text; give its encoding with --encoding",
                detected.problems().get(0).message());
    }

    private Path workbook(String name, Map<String, List<List<Object>>> sheets) throws Exception {
        Path p = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                for (int r = 0; r < s.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = s.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return p;
    }

    @Test
    void workbookProblemsAreWordedInBothLanguages() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Actors", List.of(
                List.of("name", "kind", "x", "inside_region", "colour"),
                List.of("A社", "company", 1, "yes", "red"),
                List.of("A社", "company", 2, "yes", "red"),
                List.of("B社", "spaceship", 3, "yes", "red"),
                List.of("C社", "company", "abc", "maybe", "red"),
                List.of("帯広畜産大学", "company", 1, "yes", "red")));
        List<Object> noTarget = new ArrayList<>(List.of("A社"));
        noTarget.add(null);
        noTarget.add(1);
        sheets.put("Ties", List.of(
                List.of("source", "target", "strength", "start_year", "end_year", "scope_override"),
                List.of("A社", "Z社", 1, 2005, 2006, "domestic"),
                List.of("A社", "帯広畜産大学", -2, 2010, 2005, "somewhere"),
                List.of("A社", "帯広畜産大学", "abc", "20x5", 2005, "domestic"),
                noTarget,
                List.of("A社", "A社", 1, 2005, 2006, "domestic")));
        ImportCheck.Result r = file(ImportViewModel.Source.XLSX, workbook("bad.xlsx", sheets));
        Map<String, String> en = english(r.problems());
        assertEquals("duplicate actor name 'A社' (first at line 2)", en.get("bad.xlsx [Actors] 3 name"));
        assertTrue(en.get("bad.xlsx [Actors] 4 kind").startsWith("unknown actor kind 'spaceship' (known: "), en.toString());
        assertEquals("not a number: 'abc'", en.get("bad.xlsx [Actors] 5 x"));
        assertEquals("not a yes/no value: 'maybe' (true/false)", en.get("bad.xlsx [Actors] 5 inside_region"));
        assertEquals("an actor named '帯広畜産大学' exists already in the project", en.get("bad.xlsx [Actors] 6 name"));
        assertEquals("no actor named 'Z社' in the file or the project", en.get("bad.xlsx [Ties] 2 target"));
        assertEquals("a tie's strength must be a positive number, not -2", en.get("bad.xlsx [Ties] 3 strength"));
        assertEquals("a tie cannot end (2005) before it starts (2010)", en.get("bad.xlsx [Ties] 3 end_year"));
        assertEquals("unknown scope: somewhere", en.get("bad.xlsx [Ties] 3 scope_override"));
        assertEquals("not a number: 'abc'", en.get("bad.xlsx [Ties] 4 strength"));
        assertEquals("not a year: '20x5' (four digits, e.g. 2005)", en.get("bad.xlsx [Ties] 4 start_year"));
        assertEquals("a tie needs a target actor", en.get("bad.xlsx [Ties] 5 target"));
        assertTrue(en.get("bad.xlsx [Ties] 6 target").startsWith("a tie needs two different actors"), en.toString());
        assertEquals(13, r.problems().size(), en.toString());
        assertEquals(1, r.notes().size(), r.notes().toString());
        r.notes().forEach(ImportMessagesTest::bilingual);
        assertEquals("bad.xlsx [Actors]: column colour is not part of the actors table; not imported (Kizuna keeps no "
                + "custom attributes)", r.notes().get(0).en());
        assertEquals("bad.xlsx [Actors]：列「colour」は関係主体の表にないため取り込みません（Kizuna は独自の属性を保持しません）",
                r.notes().get(0).ja());

        // a workbook with no sheet Kizuna can read: the whole check fails, in both languages
        ExchangeException e = assertThrows(ExchangeException.class, () -> file(ImportViewModel.Source.XLSX,
                workbook("other.xlsx", Map.of("Budget", List.of(List.of("item", "yen"))))));
        assertEquals("other.xlsx has no sheet Kizuna can import (an Actors, Ties, management matrix or progress sheet, "
                + "named as in an exported workbook or with the same header); its sheets: Budget", e.getMessage());
        assertTrue(KANA.matcher(e.messageJa()).find(), e.messageJa());
        assertEquals(e.messageJa(), e.message(true));
        assertEquals(e.getMessage(), e.message(false));
    }

    @Test
    void matrixAndProgressSheetProblemsAreWordedInBothLanguages() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("マネジメント要素", List.of(
                List.of("機関", "要素1", "要素1"),
                List.of("新しい機関", "◎", "○"),
                List.of("新しい機関", "○", "")));
        sheets.put("取組状況の診断", List.of(
                List.of("マネジメント要素", "第1期"),
                List.of("グループ1", "取組なし")));
        ImportCheck.Result r = file(ImportViewModel.Source.XLSX, workbook("matrix.xlsx", sheets));
        Map<String, String> en = english(r.problems());
        assertEquals("the element '要素1' appears twice in the header", en.get("matrix.xlsx [マネジメント要素] 1 C"));
        assertEquals("the institution '新しい機関' has two rows (first at line 2)", en.get("matrix.xlsx [マネジメント要素] 3 A"));
        assertEquals("an initiative starts with ○: '取組なし'", en.get("matrix.xlsx [取組状況の診断] 2 B"));
        assertEquals(3, r.problems().size(), en.toString());
        // the institution the matrix names but no actor has is added, and said so in both languages
        assertEquals(1, r.notes().size(), r.notes().toString());
        r.notes().forEach(ImportMessagesTest::bilingual);
        assertTrue(r.notes().get(0).ja().contains("機関「新しい機関」"), r.notes().get(0).ja());
    }

    @Test
    void graphMlProblemsAreWordedInBothLanguages() throws Exception {
        Path g = write("net.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="name" attr.type="string"/>
                  <key id="d1" for="edge" attr.name="start_year" attr.type="string"/>
                  <key id="d2" for="node" attr.name="colour" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="n1"><data key="d0">A社</data><data key="d2">red</data></node>
                    <node id="n2"><data key="d0">A社</data></node>
                    <node id="n1"><data key="d0">B社</data></node>
                    <node><data key="d0">C社</data></node>
                    <edge source="n1" target="n9"/>
                    <edge source="n1" target="n2"/>
                    <edge source="n1" target="帯広畜産大学"><data key="d1">20x5</data></edge>
                  </graph>
                </graphml>
                """);
        ImportCheck.Result r = file(ImportViewModel.Source.GRAPHML, g);
        Map<String, String> en = english(r.problems());
        assertEquals(List.of("net.graphml 8 name", "net.graphml 9 null", "net.graphml 10 null", "net.graphml 11 target",
                "net.graphml 12 null", "net.graphml 13 start_year"), List.copyOf(en.keySet()));
        assertEquals(List.of("duplicate actor name 'A社' (first at line 7)", "two nodes with the id 'n1'",
                "a node without an id", "no actor named 'n9' in the file or the project",
                "the edge's end is a node that could not be imported", "not a year: '20x5' (four digits, e.g. 2005)"),
                List.copyOf(en.values()));
        assertEquals(1, r.notes().size(), r.notes().toString());
        r.notes().forEach(ImportMessagesTest::bilingual);
        assertEquals("net.graphml: attribute colour not imported (Kizuna has no field for it)", r.notes().get(0).en());
        assertEquals("net.graphml：属性「colour」は取り込みません（Kizuna に対応する項目がありません）", r.notes().get(0).ja());

        // a file that is not GraphML at all
        ExchangeException e = assertThrows(ExchangeException.class, () -> file(ImportViewModel.Source.GRAPHML,
                write("plain.graphml", "<?xml version=\"1.0\"?><root/>")));
        assertEquals("plain.graphml is not GraphML (no <graphml> element)", e.getMessage());
        assertTrue(KANA.matcher(e.messageJa()).find(), e.messageJa());
    }
}
