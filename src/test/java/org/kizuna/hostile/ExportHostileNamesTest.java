// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kizuna.exchange.csv.CsvReader;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import java.time.LocalDate;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.ControlCharacters;
import org.kizuna.store.ProjectFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A project of hostile names: control characters, tabs and line breaks in names (which neither
 * Kizuna's edits nor its file format accept any more, so they are put into the snapshot handed to
 * the exporters) and every printable oddity (quotes, markup, {@code ]]>}, emoji, right-to-left
 * text, formula look-alikes, the spreadsheet escape, very long names), exported to every format and
 * read back with a real reader: the JDK's DOM parser and Kizuna's own GraphML import, POI, Kizuna's
 * CSV reader. Every output parses; the workbook keeps every name exactly; the XML formats keep
 * every name with what XML cannot carry (or a name may not hold) replaced by U+FFFD.
 */
class ExportHostileNamesTest {
    static final List<String> NAMES = List.of(
            "bell\u0007here",
            "every C0 " + c0() + " and DEL \u007f and C1 \u0085\u009f",
            "tab\tin a name", "line\nbreak", "carriage\rreturn", "crlf\r\nboth",
            "\"double\" and 'single' quotes",
            "<tag attr=\"x\">&amp; &lt; & <",
            "cdata ]]> end",
            "emoji 😀 👩‍👩‍👧 family",
            "שלום עולם مرحبا RTL \u200f mark",
            "=1+2", "+cmd", "@SUM(A1)", "-3",
            "_x0041_ literal escape and _x000D_",
            "\ufeffzero\u200bwidth",
            "nonchar \ufffe\uffff",
            "  spaced  ",
            "長".repeat(5000));
    static final String NOTES = "notes with\r\nCRLF, a\ttab, a bare\rCR, a \u0002 control and <&>";

    @TempDir
    Path dir;
    private Path project;

    private static String c0() {
        StringBuilder sb = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    @BeforeEach
    void hostileProject() throws Exception {
        project = dir.resolve("hostile.kizuna");
        try (ProjectFile pf = ProjectFile.create(project, "proj <&> \"]]>\"")) {
            // created with Kizuna; the hostile rows go in below, behind its back
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project)) {
            String actorKind;
            String tieKind;
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT code FROM actor_kind ORDER BY code LIMIT 1")) {
                    rs.next();
                    actorKind = rs.getString(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT code FROM tie_kind ORDER BY code LIMIT 1")) {
                    rs.next();
                    tieKind = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO actor (id, name, kind, inside_region, notes) VALUES (?, ?, ?, 1, ?)")) {
                for (int i = 0; i < NAMES.size(); i++) {
                    ps.setInt(1, i + 1);
                    ps.setString(2, ControlCharacters.replaced(NAMES.get(i), ControlCharacters.Field.LINE));
                    ps.setString(3, actorKind);
                    ps.setString(4, ControlCharacters.replaced(NOTES, ControlCharacters.Field.TEXT));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO tie (source_id, target_id, kind, directed, notes) VALUES (?, ?, ?, 0, ?)")) {
                for (int i = 1; i < NAMES.size(); i++) {
                    ps.setInt(1, i);
                    ps.setInt(2, i + 1);
                    ps.setString(3, tieKind);
                    ps.setString(4, ControlCharacters.replaced(NOTES, ControlCharacters.Field.TEXT));
                    ps.executeUpdate();
                }
            }
        }
        try (ProjectFile pf = ProjectFile.open(project)) {
            Project p = pf.snapshot();
            // What Kizuna no longer accepts in a file (control characters, tabs and line breaks in names)
            // is put into the snapshot the exporters are given: their output must parse whatever it holds.
            hostile = new Project(p.profile(), p.actorKinds(), p.tieKinds(),
                    p.actors().stream().map(a -> a.withName(NAMES.get((int) a.id() - 1)).withNotes(NOTES)).toList(),
                    p.ties().stream().map(t -> t.withNotes(NOTES)).toList(), p.groups(), p.elements(), p.cells(),
                    p.periods(), p.progress(), p.findings());
            assertEquals(NAMES, hostile.actors().stream().map(Actor::name).toList());
        }
    }

    private Project hostile;

    enum Format { XLSX, GRAPHML, GEXF, CSV }

    @ParameterizedTest(name = "hostile names to {0}")
    @EnumSource(Format.class)
    void everyExportOfHostileNamesParses(Format f) throws Exception {
        Path out = dir.resolve(switch (f) {
            case XLSX -> "h.xlsx";
            case GRAPHML -> "h.graphml";
            case GEXF -> "h.gexf";
            case CSV -> "csv";
        });
        switch (f) {
            case XLSX -> WorkbookExporter.export(hostile, out,
                    new ExportOptions(Lang.EN, List.of(), null, LocalDate.of(2026, 1, 15), "test"));
            case GRAPHML -> GraphExporter.graphMl(hostile, out);
            case GEXF -> GraphExporter.gexf(hostile, out);
            case CSV -> CsvFolderExporter.export(hostile, out, Lang.EN);
        }
        switch (f) {
            case XLSX -> xlsx(out);
            case GRAPHML -> graphMl(out);
            case GEXF -> gexf(out);
            case CSV -> csv(out);
        }
    }

    /** POI reads every name back exactly: controls travel as the spreadsheet escape {@code _xHHHH_}. */
    private static void xlsx(Path out) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet actors = wb.getSheet("Actors");
            List<String> names = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            int notesColumn = -1;
            for (Cell c : actors.getRow(0)) {
                if (c.getStringCellValue().equalsIgnoreCase("notes")) {
                    notesColumn = c.getColumnIndex();
                }
            }
            assertTrue(notesColumn > 0, "a notes column");
            for (int i = 1; i <= actors.getLastRowNum(); i++) {
                Row row = actors.getRow(i);
                names.add(row.getCell(0).getStringCellValue());
                notes.add(row.getCell(notesColumn).getStringCellValue());
            }
            assertEquals(new HashSet<>(NAMES), new HashSet<>(names));
            notes.forEach(n -> assertEquals(NOTES, n));
            // the sheets POI writes itself (the matrix, the summary) hold the names too, and parse
            assertTrue(wb.getNumberOfSheets() > 3);
        }
    }

    private static Document parse(Path out) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(out.toFile());
    }

    private static Set<String> expectedXmlNames() {
        Set<String> s = new HashSet<>();
        NAMES.forEach(n -> s.add(ControlCharacters.replaced(n, ControlCharacters.Field.LINE)));
        return s;
    }

    /** The JDK's parser and Kizuna's own GraphML import both read it. */
    private void graphMl(Path out) throws Exception {
        Document doc = parse(out);
        String labelKey = null;
        String notesKey = null;
        NodeList keys = doc.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if (k.getAttribute("attr.name").equals("label")) {
                labelKey = k.getAttribute("id");
            } else if (k.getAttribute("attr.name").equals("notes")) {
                notesKey = k.getAttribute("id");
            }
        }
        Set<String> labels = new HashSet<>();
        List<String> notes = new ArrayList<>();
        NodeList data = doc.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(labelKey)) {
                labels.add(d.getTextContent());
            } else if (d.getAttribute("key").equals(notesKey)) {
                notes.add(d.getTextContent());
            }
        }
        assertEquals(expectedXmlNames(), labels);
        assertTrue(notes.size() >= NAMES.size());
        String expectedNotes = ControlCharacters.replaced(NOTES, ControlCharacters.Field.TEXT);
        notes.forEach(n -> assertEquals(expectedNotes, n, "notes keep CR, LF and tab"));

        Path empty = dir.resolve("empty.kizuna");
        try (ProjectFile pf = ProjectFile.create(empty, "empty")) {
            // an empty project to import into
        }
        Hostile.Run r = Hostile.run("import", empty.toString(), "--graphml", out.toString(), "--add-kinds");
        assertEquals(0, r.code(), r.err() + r.out());
        try (ProjectFile pf = ProjectFile.open(empty)) {
            Set<String> imported = new HashSet<>();
            pf.snapshot().actors().forEach(a -> imported.add(a.name()));
            Set<String> expected = new HashSet<>();
            // Kizuna keeps names stripped of surrounding blanks
            expectedXmlNames().forEach(n -> expected.add(n.strip()));
            assertEquals(expected, imported);
        }
    }

    private static void gexf(Path out) throws Exception {
        Document doc = parse(out);
        String ns = "http://www.gexf.net/1.2draft";
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            labels.add(((Element) nodes.item(i)).getAttribute("label"));
        }
        assertEquals(expectedXmlNames(), labels);
        NodeList values = doc.getElementsByTagNameNS(ns, "attvalue");
        String expectedNotes = ControlCharacters.replaced(NOTES, ControlCharacters.Field.TEXT);
        int notes = 0;
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals("notes")) {
                assertEquals(expectedNotes, v.getAttribute("value"), "an attribute keeps CR, LF and tab");
                notes++;
            }
        }
        assertEquals(NAMES.size() * 2 - 1, notes, "notes on every node and edge");
    }

    private static void csv(Path out) throws Exception {
        for (String name : CsvFolderExporter.FILES) {
            try (var in = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
                List<CsvReader.Record> rows = CsvReader.read(in, name);
                if (name.equals("actors.csv")) {
                    assertEquals(NAMES.size() + 1, rows.size(), "a header and one record per actor");
                    Set<String> names = new HashSet<>();
                    rows.subList(1, rows.size()).forEach(r -> names.add(r.fields().get(0)));
                    Set<String> expected = new HashSet<>();
                    for (String n : NAMES) {
                        String t = ControlCharacters.replaced(n, ControlCharacters.Field.TEXT);
                        // formula look-alikes carry the leading apostrophe that keeps them text
                        expected.add(t.matches("^[=+\\-@].*") ? "'" + t : t);
                    }
                    assertEquals(expected, names);
                }
            }
        }
    }
}
