// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.Msg;
import org.kizuna.model.ControlCharacters;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx as a stream, so memory stays bounded whatever the file holds. POI's usermodel
 * ({@code XSSFWorkbook}) builds every cell of every sheet as objects: a 150 MB sheet ran out of a
 * 2 GB heap. Here the package is opened with POI's {@link ZipSecureFile} (its zip-bomb limits:
 * inflate ratio, entry size, entry count) and every part is parsed with the JDK's SAX parser, with
 * no DTD, no external entities and error handlers that throw rather than print. OPCPackage and
 * XSSFReader are not used: they parse the content types and relationships with POI's DOM helper,
 * which logs a FATAL trace for a broken part, and fall back to a stream read with a WARN for a
 * broken zip; this reader reports both as one sentence.
 *
 * <p>What is kept in memory: the shared strings ({@link SharedStrings}, capped), one row at a time
 * for the tidy sheets (only the columns asked for), small sheets whole ({@link SheetGrid}, capped).
 * A cell holds at most {@link #MAX_CELL_CHARS} characters (Excel's own limit), a kept row at most
 * {@link #MAX_ROW_CHARS}; the XML's markup is bounded by {@link MarkupGuard}, its depth and the
 * number of distinct names here.
 *
 * <p>Two kinds of fault: a cell that cannot be read (a shared-string index out of range, a
 * malformed number or boolean, a bad cell reference, text too long, a control character) is a
 * {@link SheetRow.Fault} of its row, which the importer reports with the cell's reference like any
 * bad row; anything that leaves the rest of the sheet unknowable (malformed XML, a bad row number,
 * rows out of order, a missing part, a limit) stops the import with one sentence naming the sheet
 * and, where there is one, the cell.
 */
final class XlsxReader implements AutoCloseable {
    /** The most characters a cell may hold: Excel's own limit for a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;
    /** The most characters kept from one row. */
    static final int MAX_ROW_CHARS = 1 << 20;
    static final int MAX_DEPTH = 100;
    /** The most distinct element and attribute names in one part (the parser keeps each). */
    static final int MAX_NAMES = 2_000;
    static final int MAX_SHEETS = 1_000;
    static final int LAST_ROW = 1_048_576;
    static final int LAST_COLUMN = 16_384;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DOC_RELS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml");
    private static final Pattern CELL_REF = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** A worksheet of the workbook: its name and its part (zip entry name). */
    record Sheet(String name, String part) {
    }

    /** Where the rows of a sheet go. */
    interface RowSink {
        /** Whether to keep the value of the cell at this 0-based column (all are checked anyway). */
        default boolean keep(int column) {
            return true;
        }

        /** One row, in sheet order; false stops reading the sheet. */
        boolean row(SheetRow row) throws Limit;

        /** Whether the merged ranges after the rows are wanted. */
        default boolean wantsMerged() {
            return false;
        }

        default void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) throws Limit {
        }
    }

    /** A limit or a structural fault met while reading a sheet: stops the import. */
    static final class Limit extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient Msg msg;
        final int row;
        final int column;

        /** @param row 0-based, or -1; @param column 0-based, or -1 */
        Limit(Msg msg, int row, int column) {
            super(msg.en());
            this.msg = msg;
            this.row = row;
            this.column = column;
        }
    }

    /** Stops a parse early once the sink has what it wants. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Carries a failure of the sink (the importer's own code) through the parser, so that it is
     * rethrown as it is and not mistaken for a damaged workbook.
     */
    private static final class SinkFailure extends SAXException {
        private static final long serialVersionUID = 1L;
        final RuntimeException failure;

        SinkFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private final String file;
    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> otherSheets = new ArrayList<>();
    private SharedStrings strings = SharedStrings.NONE;

    private XlsxReader(String file, ZipSecureFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /**
     * Opens a workbook and reads its structure (content types, relationships, sheet list, shared
     * strings). Anything that is not a readable .xlsx is refused with one sentence.
     */
    static XlsxReader open(Path xlsx, String file) {
        if (!Files.isRegularFile(xlsx)) {
            throw new ExchangeException(new Msg(xlsx + ": no such file", xlsx + "：ファイルがありません"));
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(xlsx)) {
            magic = in.readNBytes(8);
        } catch (IOException e) {
            throw new ExchangeException(new Msg("cannot read " + xlsx + ": " + firstLine(e),
                    xlsx + " を読めません：" + firstLine(e)), e);
        }
        if (magic.length == 8 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && (magic[2] & 0xFF) == 0x11
                && (magic[3] & 0xFF) == 0xE0) {
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook: it is password-protected (encrypted) "
                    + "or an old .xls file; save it from Excel as an .xlsx without a password",
                    file + " は .xlsx ブックではありません。パスワードで保護（暗号化）されているか、古い .xls 形式です。"
                    + "Excel でパスワードなしの .xlsx として保存してください"));
        }
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook (an .xlsx file is a zip archive; "
                    + "this one is not)", file + " は .xlsx ブックではありません（.xlsx は zip 形式ですが、"
                    + "このファイルは違います）"));
        }
        checkDirectory(xlsx, file);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(xlsx.toFile());
        } catch (IOException | RuntimeException e) {
            throw damaged(file, firstLine(e), e);
        }
        XlsxReader r = new XlsxReader(file, zip);
        try {
            r.readStructure();
            return r;
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** The most bytes of a zip's central directory read (a real workbook's is a few kilobytes). */
    static final int MAX_DIRECTORY = 4 << 20;

    /**
     * Reads the zip's end record before the zip library does, which would hold every entry of the
     * central directory in memory: too many entries, or a directory too large, is refused first.
     * When there is no end record the zip library reports the damage itself.
     */
    private static void checkDirectory(Path xlsx, String file) {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(xlsx)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ch.position(size - tail);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // fill
            }
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == 0x06054b50) {
                    int entries = Short.toUnsignedInt(buf.getShort(i + 10));
                    long directory = Integer.toUnsignedLong(buf.getInt(i + 12));
                    if (entries > ZipSecureFile.getMaxFileCount() || directory > MAX_DIRECTORY) {
                        throw new ExchangeException(new Msg(file + " holds more than " + ZipSecureFile.getMaxFileCount()
                                + " parts or a zip directory over " + MAX_DIRECTORY / (1 << 20) + " MiB, far more than any "
                                + "workbook; refused", file + " には " + ZipSecureFile.getMaxFileCount() + " を超える部品か "
                                + MAX_DIRECTORY / (1 << 20) + " MiB を超える zip の目録があり、ブックとしては大きすぎるため読みません"));
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new ExchangeException(new Msg("cannot read " + xlsx + ": " + firstLine(e),
                    xlsx + " を読めません：" + firstLine(e)), e);
        }
    }

    static ExchangeException damaged(String file, String why, Throwable cause) {
        return new ExchangeException(new Msg(file + " cannot be read as an .xlsx workbook; is it truncated or damaged? ("
                + why + ")", file + " を .xlsx ブックとして読めません。途中で切れているか壊れていませんか（" + why + "）"), cause);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read only: nothing was written, nothing to lose
        }
    }

    /** The worksheets, in workbook order. */
    List<Sheet> sheets() {
        return sheets;
    }

    /** The names of the other sheets (chart and dialog sheets), which hold no cells to read. */
    List<String> otherSheets() {
        return otherSheets;
    }

    // ------------------------------------------------------------------ structure

    private void readStructure() {
        long count = 0;
        for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
            if (++count > ZipSecureFile.getMaxFileCount()) {
                throw new ExchangeException(new Msg(file + " holds more than " + ZipSecureFile.getMaxFileCount()
                        + " parts, far more than any workbook; refused", file + " には "
                        + ZipSecureFile.getMaxFileCount() + " を超える部品があり、ブックとしては多すぎるため読みません"));
            }
            String key = e.getName().toLowerCase(Locale.ROOT);
            if (entries.putIfAbsent(key, e) != null) {
                throw damaged(file, "two parts are named " + e.getName(), null);
            }
        }
        if (!entries.containsKey("[content_types].xml")) {
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook (a zip archive, but without the "
                    + "[Content_Types].xml of an Office document)", file + " は .xlsx ブックではありません（zip 形式ですが、"
                    + "Office 文書の [Content_Types].xml がありません）"));
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        parse("[Content_Types].xml", null, new Handler() {
            @Override
            void start(String uri, String local, Attributes a) {
                if (local.equals("Default") && a.getValue("Extension") != null && a.getValue("ContentType") != null) {
                    defaults.put(a.getValue("Extension").toLowerCase(Locale.ROOT), a.getValue("ContentType"));
                } else if (local.equals("Override") && a.getValue("PartName") != null
                        && a.getValue("ContentType") != null) {
                    overrides.put(strip(a.getValue("PartName")).toLowerCase(Locale.ROOT), a.getValue("ContentType"));
                }
            }
        });
        String workbook = null;
        for (String[] rel : relationships("_rels/.rels", "")) {
            if (rel[1].endsWith("/officeDocument") && workbook == null) {
                workbook = rel[2];
            }
        }
        if (workbook == null) {
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook (an Office package without a main "
                    + "document)", file + " は .xlsx ブックではありません（主文書のない Office パッケージです）"));
        }
        String type = overrides.get(workbook.toLowerCase(Locale.ROOT));
        if (type == null) {
            int dot = workbook.lastIndexOf('.');
            type = defaults.get(dot < 0 ? "" : workbook.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
        if (type == null || !WORKBOOK_TYPES.contains(type.strip())) {
            String what = type == null ? "no content type" : type.contains("wordprocessingml") ? "a Word document"
                    : type.contains("presentationml") ? "a PowerPoint presentation" : type.contains("binary")
                    ? "a binary .xlsb workbook" : "content type " + type;
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook (its main part is " + what + ")",
                    file + " は .xlsx ブックではありません（主な部品：" + what + "）"));
        }
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, String[]> byId = new HashMap<>();
        String sharedStrings = null;
        if (has(relsPart)) {
            for (String[] rel : relationships(relsPart, folder)) {
                byId.putIfAbsent(rel[0], rel);
                if (rel[1].endsWith("/sharedStrings") && sharedStrings == null) {
                    sharedStrings = rel[2];
                }
            }
        }
        Set<String> names = new HashSet<>();
        parse(workbook, null, new Handler() {
            @Override
            void start(String uri, String local, Attributes a) throws SAXException {
                if (!local.equals("sheet") || !(uri.equals(MAIN) || uri.equals(MAIN_STRICT))) {
                    return;
                }
                String name = a.getValue("name");
                String id = a.getValue(DOC_RELS, "id");
                if (id == null) {
                    id = a.getValue(DOC_RELS_STRICT, "id");
                }
                if (name == null) {
                    throw new Limit(new Msg("a sheet has no name", "名前のないシートがあります"), -1, -1);
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new Limit(new Msg("two sheets are named '" + name + "'",
                            "「" + name + "」という名前のシートが二つあります"), -1, -1);
                }
                if (sheets.size() + otherSheets.size() >= MAX_SHEETS) {
                    throw new Limit(new Msg("more than " + MAX_SHEETS + " sheets", MAX_SHEETS + " を超えるシートがあります"),
                            -1, -1);
                }
                String[] rel = id == null ? null : byId.get(id);
                if (rel == null) {
                    throw new Limit(new Msg("the sheet '" + name + "' points at no part (relationship " + id
                            + " is missing)", "シート「" + name + "」の部品がありません（関係 " + id + " がありません）"), -1, -1);
                }
                if (rel[1].endsWith("/worksheet")) {
                    sheets.add(new Sheet(name, rel[2]));
                } else {
                    otherSheets.add(name);
                }
            }
        });
        for (Sheet s : sheets) {
            if (!has(s.part())) {
                throw damaged(file, "the part of sheet '" + s.name() + "', " + s.part() + ", is missing", null);
            }
        }
        if (sharedStrings != null) {
            if (!has(sharedStrings)) {
                throw damaged(file, "its shared strings part, " + sharedStrings + ", is missing", null);
            }
            readSharedStrings(sharedStrings);
        }
    }

    private boolean has(String part) {
        return entries.containsKey(part.toLowerCase(Locale.ROOT));
    }

    private static String strip(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    /** The relationships of a part: {id, type, resolved target}; external targets are left out. */
    private List<String[]> relationships(String part, String base) {
        List<String[]> out = new ArrayList<>();
        if (!has(part)) {
            throw new ExchangeException(new Msg(file + " is not an .xlsx workbook (an Office package needs " + part
                    + ", which is missing)", file + " は .xlsx ブックではありません（Office パッケージに必要な " + part
                    + " がありません）"));
        }
        parse(part, null, new Handler() {
            @Override
            void start(String uri, String local, Attributes a) throws SAXException {
                if (!local.equals("Relationship") || !uri.equals(RELS)) {
                    return;
                }
                String id = a.getValue("Id");
                String type = a.getValue("Type");
                String target = a.getValue("Target");
                if (id == null || type == null || target == null || "External".equals(a.getValue("TargetMode"))) {
                    return;
                }
                if (out.size() >= 10_000) {
                    throw new Limit(new Msg("more than 10,000 relationships", "関係が 10,000 を超えています"), -1, -1);
                }
                out.add(new String[] {id, type.strip(), resolve(base, target)});
            }
        });
        return out;
    }

    /** A relationship's target as a zip entry name: relative to the folder of its source, or absolute. */
    private static String resolve(String base, String target) {
        String t = target.replace('\\', '/');
        String path = t.startsWith("/") ? t.substring(1) : base + t;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private void readSharedStrings(String part) {
        SharedStrings table = new SharedStrings();
        parse(part, null, new Handler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inSi;
            private boolean inT;
            private boolean tooLong;
            private int phonetic;

            @Override
            void start(String uri, String local, Attributes a) {
                if (!isMain(uri)) {
                    return;
                }
                switch (local) {
                    case "si" -> {
                        inSi = true;
                        tooLong = false;
                        text.setLength(0);
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> inT = inSi && phonetic == 0;
                    default -> {
                        // formatting runs and their properties: only their text counts
                    }
                }
            }

            @Override
            void text(char[] ch, int start, int length) {
                if (inT && !tooLong) {
                    if (!fitsCell(text, length)) {
                        tooLong = true;
                    } else {
                        text.append(ch, start, length);
                    }
                }
            }

            @Override
            void end(String uri, String local) throws SAXException {
                if (!isMain(uri)) {
                    return;
                }
                switch (local) {
                    case "rPh" -> phonetic--;
                    case "t" -> inT = false;
                    case "si" -> {
                        inSi = false;
                        String s = tooLong ? null : unescape(text.toString());
                        if (!table.add(s != null && s.length() > MAX_CELL_CHARS ? null : s)) {
                            throw new Limit(new Msg("its shared strings exceed " + SharedStrings.MAX_BYTES / (1 << 20)
                                    + " MiB or " + String.format("%,d", SharedStrings.MAX_COUNT) + " strings",
                                    "共有文字列が " + SharedStrings.MAX_BYTES / (1 << 20) + " MiB か "
                                    + String.format("%,d", SharedStrings.MAX_COUNT) + " 個を超えています"), -1, -1);
                        }
                    }
                    default -> {
                        // nothing
                    }
                }
            }
        });
        strings = table;
    }

    /** Spreadsheet escapes ({@code _x000D_}) back to their characters, as Excel and POI read them. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, "");
            sb.append((char) Integer.parseInt(m.group(1), 16));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isMain(String uri) {
        return uri.equals(MAIN) || uri.equals(MAIN_STRICT);
    }

    // ------------------------------------------------------------------ sheets

    /** Streams a sheet's rows into a sink. */
    void read(Sheet sheet, RowSink sink) {
        parse(sheet.part(), sheet, new SheetHandler(sheet, sink));
    }

    /** The top rows of a sheet (those within {@code rows} of its first row). */
    SheetGrid head(Sheet sheet, int rows) {
        SheetGrid g = new SheetGrid(sheet.name(), rows);
        read(sheet, g);
        return g;
    }

    /** A small sheet whole, with its merged ranges (capped: see {@link SheetGrid}). */
    SheetGrid grid(Sheet sheet) {
        SheetGrid g = new SheetGrid(sheet.name(), 0);
        read(sheet, g);
        return g;
    }

    /** "Ties!B7", with the sheet name quoted as Excel does when it needs it. */
    static String ref(String sheet, int row, int column) {
        String name = sheet.matches("[\\p{L}\\p{N}_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + (column >= 0 ? CellReference.convertNumToColString(column) : "") + (row >= 0 ? row + 1 : "");
    }

    private final class SheetHandler extends Handler {
        private final Sheet sheet;
        private final RowSink sink;
        private boolean inData;
        private SheetRow row;
        private int lastRow = -1;
        private int lastColumn = -1;
        private long rowChars;
        // the cell being read
        private boolean inCell;
        private int column;
        private String type;
        private SheetRow.Fault cellFault;
        private int collecting;   // 0 none, 1 <v>, 2 <t> of an inline string
        private boolean inInline;
        private int phonetic;
        private final StringBuilder text = new StringBuilder();
        private boolean tooLong;
        private int merged;

        SheetHandler(Sheet sheet, RowSink sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        void start(String uri, String local, Attributes a) throws SAXException {
            if (!isMain(uri)) {
                return;
            }
            switch (local) {
                case "sheetData" -> inData = true;
                case "row" -> {
                    if (inData) {
                        startRow(a.getValue("r"));
                    }
                }
                case "c" -> {
                    if (row != null) {
                        startCell(a.getValue("r"), a.getValue("t"));
                    }
                }
                case "v" -> {
                    if (inCell) {
                        collecting = 1;
                    }
                }
                case "is" -> inInline = inCell;
                case "rPh" -> phonetic++;
                case "t" -> {
                    if (inInline && phonetic == 0) {
                        collecting = 2;
                    }
                }
                case "mergeCell" -> {
                    if (sink.wantsMerged()) {
                        mergeCell(a.getValue("ref"));
                    }
                }
                default -> {
                    // formulas, styles, extensions: not read
                }
            }
        }

        private void startRow(String r) throws Limit {
            int index;
            if (r == null) {
                index = lastRow + 1;
            } else if (number(r, 0, r.length()) >= 1 && number(r, 0, r.length()) <= LAST_ROW) {
                index = number(r, 0, r.length()) - 1;
            } else {
                throw new Limit(new Msg("the row number '" + shorten(r) + "' after row " + (lastRow + 1)
                        + " is not one (rows are numbered 1 to " + String.format("%,d", LAST_ROW) + ")",
                        (lastRow + 1) + " 行目の次の行番号「" + shorten(r) + "」は行番号ではありません（1 から "
                        + String.format("%,d", LAST_ROW) + "）"), lastRow + 1, -1);
            }
            if (index <= lastRow) {
                throw new Limit(new Msg("row " + (index + 1) + " comes after row " + (lastRow + 1)
                        + "; rows must be in order", (index + 1) + " 行目が " + (lastRow + 1)
                        + " 行目の後にあります。行は順に並んでいなければなりません"), index, -1);
            }
            lastRow = index;
            lastColumn = -1;
            rowChars = 0;
            row = new SheetRow(index);
        }

        private void startCell(String r, String t) {
            inCell = true;
            type = t;
            cellFault = null;
            text.setLength(0);
            tooLong = false;
            collecting = 0;
            inInline = false;
            if (r == null) {
                column = lastColumn + 1;
            } else {
                int letters = 0;
                while (letters < r.length() && letters < 4 && (r.charAt(letters) >= 'A' && r.charAt(letters) <= 'Z'
                        || r.charAt(letters) >= 'a' && r.charAt(letters) <= 'z')) {
                    letters++;
                }
                int c = letters == 0 || letters > 3 ? -1 : columnOf(r.substring(0, letters).toUpperCase(Locale.ROOT));
                if (c < 0 || c >= LAST_COLUMN || number(r, letters, r.length()) != row.index() + 1) {
                    column = -1;
                    cellFault = new SheetRow.Fault(-1, new Msg("a cell of row " + (row.index() + 1) + " of sheet '"
                            + sheet.name() + "' has the reference '" + shorten(r) + "', which is not a cell of that row",
                            "シート「" + sheet.name() + "」の " + (row.index() + 1) + " 行目のセルの参照「" + shorten(r)
                            + "」は、その行のセルではありません"));
                    return;
                }
                column = c;
            }
            if (column >= LAST_COLUMN) {
                cellFault = new SheetRow.Fault(-1, new Msg("row " + (row.index() + 1) + " of sheet '" + sheet.name()
                        + "' has a cell beyond the last column (XFD)", "シート「" + sheet.name() + "」の "
                        + (row.index() + 1) + " 行目に最後の列（XFD）より右のセルがあります"));
                column = -1;
                return;
            }
            if (column <= lastColumn) {
                cellFault = new SheetRow.Fault(column, new Msg("cell " + ref(sheet.name(), row.index(), column)
                        + " comes after " + ref(sheet.name(), row.index(), lastColumn) + "; cells must be in order",
                        "セル " + ref(sheet.name(), row.index(), column) + " が " + ref(sheet.name(), row.index(), lastColumn)
                        + " の後にあります。セルは順に並んでいなければなりません"));
                column = -1;
                return;
            }
            lastColumn = column;
            row.saw(column);
        }

        @Override
        void text(char[] ch, int start, int length) {
            if (collecting == 0 || tooLong) {
                return;
            }
            if (!fitsCell(text, length)) {
                tooLong = true;
                text.setLength(0);
            } else {
                text.append(ch, start, length);
            }
        }

        @Override
        void end(String uri, String local) throws SAXException {
            if (!isMain(uri)) {
                return;
            }
            switch (local) {
                case "v", "t" -> {
                    if (collecting == 2 && local.equals("t") || collecting == 1 && local.equals("v")) {
                        collecting = 0;
                    }
                }
                case "is" -> inInline = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    if (inCell) {
                        endCell();
                    }
                }
                case "row" -> {
                    if (row != null) {
                        SheetRow done = row;
                        row = null;
                        boolean more;
                        try {
                            more = sink.row(done);
                        } catch (RuntimeException e) {
                            throw new SinkFailure(e);
                        }
                        if (!more) {
                            throw new Stop();
                        }
                    }
                }
                case "sheetData" -> {
                    inData = false;
                    if (!sink.wantsMerged()) {
                        throw new Stop();
                    }
                }
                default -> {
                    // nothing
                }
            }
        }

        private void endCell() throws Limit {
            inCell = false;
            collecting = 0;
            if (cellFault != null) {
                row.fault(cellFault);
                return;
            }
            Object value;
            try {
                value = value();
            } catch (BadCell e) {
                row.fault(new SheetRow.Fault(column, e.msg));
                return;
            }
            if (value != null && sink.keep(column)) {
                rowChars += value instanceof String s ? s.length() : 8;
                if (rowChars > MAX_ROW_CHARS) {
                    throw new Limit(new Msg("row " + (row.index() + 1) + " holds more than " + MAX_ROW_CHARS / (1 << 20)
                            + " MiB of text", (row.index() + 1) + " 行目に " + MAX_ROW_CHARS / (1 << 20)
                            + " MiB を超える文字があります"), row.index(), column);
                }
                row.put(column, value);
            }
        }

        /** The cell's value: String (not blank), Double or Boolean, or null; formulas give their cached result. */
        private Object value() throws BadCell {
            if (tooLong) {
                throw tooLong(where());
            }
            String t = type == null ? "n" : type;
            String v = text.toString();
            switch (t) {
                case "s" -> {
                    String s = v.strip();
                    if (s.isEmpty()) {
                        return null;
                    }
                    int index = number(s, 0, s.length());
                    if (index < 0 || index >= strings.size()) {
                        String where = where();
                        throw new BadCell(new Msg("cell " + where + " points at shared string " + shorten(s)
                                + ", but the workbook has " + (strings.size() == 0 ? "none" : "only "
                                + String.format("%,d", strings.size())), "セル " + where + " は共有文字列 " + shorten(s)
                                + " を指していますが、ブックの共有文字列は " + String.format("%,d", strings.size())
                                + " 個です"));
                    }
                    String text = strings.get(index);
                    if (text == null) {
                        throw tooLong(where());
                    }
                    return checked(text);
                }
                case "inlineStr", "str" -> {
                    return checked(unescape(v));
                }
                case "b" -> {
                    return switch (v.strip()) {
                        case "" -> null;
                        case "1", "true" -> Boolean.TRUE;
                        case "0", "false" -> Boolean.FALSE;
                        default -> throw new BadCell(new Msg("cell " + where() + " is marked as a boolean but holds '"
                                + shorten(v.strip()) + "'", "セル " + where() + " は真偽値のはずですが「" + shorten(v.strip())
                                + "」です"));
                    };
                }
                case "e" -> {
                    return null; // #N/A, #DIV/0!: no value
                }
                case "d" -> {
                    return checked(v); // an ISO 8601 date, as text
                }
                case "n" -> {
                    String s = v.strip();
                    if (s.isEmpty()) {
                        return null;
                    }
                    double d = NUMBER.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new BadCell(new Msg("cell " + where() + " is marked as a number but holds '" + shorten(s) + "'",
                                "セル " + where() + " は数値のはずですが「" + shorten(s) + "」です"));
                    }
                    return d;
                }
                default -> throw new BadCell(new Msg("cell " + where() + " has an unknown type '" + shorten(t) + "'",
                        "セル " + where() + " の型「" + shorten(t) + "」は不明です"));
            }
        }

        private BadCell tooLong(String where) {
            return new BadCell(new Msg("cell " + where + " holds more than " + String.format("%,d", MAX_CELL_CHARS)
                    + " characters (the most a cell may hold)", "セル " + where + " の文字数が "
                    + String.format("%,d", MAX_CELL_CHARS) + "（セルの上限）を超えています"));
        }

        /** The reference of the cell being read ("Ties!B7"), for a message. */
        private String where() {
            return ref(sheet.name(), row.index(), column);
        }

        private Object checked(String s) throws BadCell {
            if (s.length() > MAX_CELL_CHARS) {
                throw tooLong(where());
            }
            int bad = ControlCharacters.firstBad(s, ControlCharacters.Field.TEXT);
            if (bad >= 0) {
                String name = ControlCharacters.name(s.charAt(bad));
                throw new BadCell(new Msg("cell " + where() + " holds the control character " + name + " at position "
                        + (bad + 1), "セル " + where() + " の " + (bad + 1) + " 文字目に制御文字 " + name + " があります"));
            }
            return s.isBlank() ? null : s;
        }

        private void mergeCell(String ref) throws Limit {
            if (ref == null) {
                return;
            }
            String[] ends = ref.split(":", -1);
            int[][] at = new int[2][];
            for (int i = 0; i < 2; i++) {
                Matcher m = CELL_REF.matcher(ends[Math.min(i, ends.length - 1)].toUpperCase(Locale.ROOT));
                int c = m.matches() ? columnOf(m.group(1)) : -1;
                if (ends.length > 2 || c < 0 || c >= LAST_COLUMN || Integer.parseInt(m.group(2)) > LAST_ROW) {
                    throw new Limit(new Msg("the merged range '" + shorten(ref) + "' is not a range of cells",
                            "結合範囲「" + shorten(ref) + "」はセルの範囲ではありません"), -1, -1);
                }
                at[i] = new int[] {Integer.parseInt(m.group(2)) - 1, c};
            }
            merged++;
            sink.merged(Math.min(at[0][0], at[1][0]), Math.max(at[0][0], at[1][0]),
                    Math.min(at[0][1], at[1][1]), Math.max(at[0][1], at[1][1]));
        }
    }

    /** A cell that cannot be read; the row carries it as its fault. */
    private static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Msg msg;

        BadCell(Msg msg) {
            super(msg.en(), null, false, false);
            this.msg = msg;
        }
    }

    /** The number written in s[from, to) with 1 to 9 ASCII digits, or -1. */
    private static int number(String s, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** The 0-based column of letters A…XFD, or -1. */
    private static int columnOf(String letters) {
        int c = 0;
        for (int i = 0; i < letters.length(); i++) {
            c = c * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }

    private static String shorten(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder sb = new StringBuilder();
        for (char ch : t.toCharArray()) {
            sb.append(ch < 0x20 || ch == 0x7f ? '?' : ch);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ XML

    /** A SAX handler with the guards every part gets: depth, distinct names. */
    /**
     * Whether {@code more} characters still fit the text of one cell collected so far: room for the
     * longest cell with every character written as the escape {@code _xHHHH_} (7 for one).
     */
    private static boolean fitsCell(StringBuilder text, int more) {
        return text.length() + more <= MAX_CELL_CHARS * 7L;
    }

    private abstract static class Handler extends DefaultHandler {
        private int depth;
        private final Set<String> names = new HashSet<>();

        void start(String uri, String local, Attributes a) throws SAXException {
        }

        void text(char[] ch, int start, int length) {
        }

        void end(String uri, String local) throws SAXException {
        }

        @Override
        public final void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new Limit(new Msg("nests elements more than " + MAX_DEPTH + " deep",
                        "要素の入れ子が " + MAX_DEPTH + " 段を超えています"), -1, -1);
            }
            names.add(qName);
            for (int i = 0; i < a.getLength(); i++) {
                names.add(a.getQName(i));
            }
            if (names.size() > MAX_NAMES) {
                throw new Limit(new Msg("uses more than " + MAX_NAMES + " different element and attribute names",
                        MAX_NAMES + " 種類を超える要素名・属性名を使っています"), -1, -1);
            }
            start(uri, local, a);
        }

        @Override
        public final void characters(char[] ch, int start, int length) {
            text(ch, start, length);
        }

        @Override
        public final void endElement(String uri, String local, String qName) throws SAXException {
            depth--;
            end(uri, local);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity " + systemId);
        }
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not an error: nothing to print
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            // the JDK's parser has every one of these; without them no part is read
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return f;
    }

    private static final SAXParserFactory FACTORY = factory();

    /**
     * Parses one part with a handler. Every failure becomes one sentence naming the part (and the
     * sheet and cell when there are): malformed XML, the guard's and the handler's limits, the
     * zip's own (a zip bomb, a truncated entry).
     */
    private void parse(String part, Sheet sheet, Handler handler) {
        ZipArchiveEntry e = entries.get(part.toLowerCase(Locale.ROOT));
        String what = sheet == null ? part : "the sheet '" + sheet.name() + "' (" + part + ")";
        String whatJa = sheet == null ? part : "シート「" + sheet.name() + "」（" + part + "）";
        if (e == null) {
            throw damaged(file, part + " is missing", null);
        }
        try (InputStream in = new MarkupGuard(zip.getInputStream(e))) {
            XMLReader reader;
            synchronized (FACTORY) {
                reader = FACTORY.newSAXParser().getXMLReader();
            }
            reader.setErrorHandler(THROWING);
            reader.setContentHandler(handler);
            reader.setEntityResolver(handler);
            reader.parse(new InputSource(in));
        } catch (Stop s) {
            // the sink has what it wanted
        } catch (SinkFailure f) {
            throw f.failure;
        } catch (Limit l) {
            String at = sheet == null || l.row < 0 ? "" : l.column < 0 ? ", row " + (l.row + 1)
                    : ", cell " + ref(sheet.name(), l.row, l.column);
            String atJa = sheet == null || l.row < 0 ? "" : l.column < 0 ? "（" + (l.row + 1) + " 行目）"
                    : "（セル " + ref(sheet.name(), l.row, l.column) + "）";
            throw new ExchangeException(new Msg(file + ": " + what + at + ": " + l.msg.en() + "; nothing imported",
                    file + "：" + whatJa + atJa + "：" + l.msg.ja() + "。何も取り込んでいません"));
        } catch (SAXParseException x) {
            throw new ExchangeException(new Msg(file + ": " + what + " is damaged: XML error at line " + x.getLineNumber()
                    + ", column " + x.getColumnNumber() + ": " + firstLine(x) + "; nothing imported",
                    file + "：" + whatJa + " が壊れています：XML の誤り（" + x.getLineNumber() + " 行 " + x.getColumnNumber()
                    + " 桁）：" + firstLine(x) + "。何も取り込んでいません"), x);
        } catch (MarkupGuard.Refused r) {
            throw new ExchangeException(new Msg(file + ": " + what + " " + r.msg().en(),
                    file + "：" + whatJa + " は" + r.msg().ja()), r);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException x) {
            if (x instanceof ExchangeException ee) {
                throw ee;
            }
            String why = firstLine(x);
            if (why.startsWith("Zip bomb detected")) {
                why = part + " expands more than POI's zip-bomb limits allow (inflate ratio below "
                        + ZipSecureFile.getMinInflateRatio() + " or more than " + ZipSecureFile.getMaxEntrySize()
                        + " bytes)";
                throw new ExchangeException(new Msg(file + " is refused: " + why, file + " は読みません："
                        + part + " の展開後の大きさが POI の zip 爆弾対策の上限を超えています"), x);
            }
            throw damaged(file, what + ": " + why, x);
        }
    }
}
