// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of one large sheet, written as the worksheet XML that goes between {@code <sheetData>}
 * and {@code </sheetData>}, and deflated as they are written into a temporary file.
 *
 * <p>POI's streaming workbook keeps a cell object per cell, writes the rows' XML uncompressed to a
 * temporary file, and reads and deflates it again when the workbook is saved, after every sheet is
 * done. The tidy tables are most of a workbook's cells (the Ties sheet alone is 550,000 cells at
 * 50,000 ties), so they are written here instead, straight from their values: the compression
 * happens while the sheet is written (meanwhile the diagnosis runs on the other cores), and saving
 * copies the compressed bytes as they are ({@link WorkbookPackage}). The deflate stream ends with a
 * sync flush, not a final block, so the sheet's head and tail can be deflated separately and the
 * three pieces joined; the CRC-32 and length of the uncompressed XML are kept for the same purpose.
 *
 * <p>The XML is what POI writes for such cells, a little leaner: inline strings (no shared strings
 * table), a cell reference on every cell, numbers without {@code t="n"} and whole numbers without
 * ".0". Text is escaped as XML needs; characters XML 1.0 cannot hold (control characters other than
 * tab, line feed and carriage return, U+FFFE, U+FFFF) are written as the spreadsheet escape
 * {@code _xHHHH_}, which Excel and POI decode back to the character; unpaired surrogates, which no
 * encoding can carry, become U+FFFD; a carriage return is written as a character reference so it
 * survives parsing, and text that looks like the escape {@code _xHHHH_} has its underscore escaped.
 * The temporary file is in the process's private folder ({@link PrivateTemp}).
 */
final class StreamedRows implements Closeable {
    private static final int BUFFER = 1 << 16;
    /** Room for one character's longest encoding (a character reference) before a flush. */
    private static final int SLACK = 16;

    private final Path file;
    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[BUFFER];
    private final byte[] deflated = new byte[BUFFER];
    private int pending;
    private long size;
    private final byte[][] columnNames;
    private byte[] rowNumber = new byte[0];
    private int rows;
    private byte[][] styleNames = new byte[64][];
    private int lastColumn = -1;
    private boolean finished;

    /** @param columns the number of columns the rows may use (their references are made once) */
    StreamedRows(int columns) {
        columnNames = new byte[columns][];
        for (int i = 0; i < columns; i++) {
            columnNames[i] = ascii(CellReference.convertNumToColString(i));
        }
        Path f = null;
        try {
            f = PrivateTemp.newFile("kizuna-sheet", ".xml.deflate");
            this.out = Files.newOutputStream(f);
        } catch (IOException e) {
            deleteQuietly(f);
            deflater.end();
            throw new UncheckedIOException("cannot create a temporary file for a sheet: " + e.getMessage(), e);
        }
        this.file = f;
    }

    /** Starts the next row (rows are numbered from 1); a positive height is set in points. */
    void startRow(float heightPoints) {
        rows++;
        rowNumber = ascii(Integer.toString(rows));
        raw(ROW_OPEN);
        raw(rowNumber);
        if (heightPoints > 0) {
            raw(ascii("\" ht=\"" + heightPoints + "\" customHeight=\"1"));
        }
        raw(TAG_END);
    }

    void endRow() {
        raw(ROW_CLOSE);
    }

    /** A text cell; the text is written as an inline string, never as a formula. */
    void text(int column, int style, String value) {
        cellStart(column, style);
        raw(INLINE_STRING);
        boolean spaces = !value.isEmpty()
                && (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1)));
        raw(spaces ? T_OPEN_PRESERVE : T_OPEN);
        escaped(value);
        raw(INLINE_STRING_END);
    }

    /** A number cell; a figure that is not finite (none should be) leaves the cell empty but styled. */
    void number(int column, int style, double value) {
        if (!Double.isFinite(value)) {
            empty(column, style);
            return;
        }
        cellStart(column, style);
        raw(NUMBER);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            raw(ascii(Long.toString((long) value)));
        } else {
            raw(ascii(Double.toString(value)));
        }
        raw(VALUE_END);
    }

    void bool(int column, int style, boolean value) {
        cellStart(column, style);
        raw(value ? BOOLEAN_TRUE : BOOLEAN_FALSE);
    }

    /** A cell with a style and no value (borders, formats). */
    void empty(int column, int style) {
        cellStart(column, style);
        raw(EMPTY_END);
    }

    /** The rows written so far. */
    int rows() {
        return rows;
    }

    /** The last column any cell was written in (0-based), -1 when none. */
    int lastColumn() {
        return lastColumn;
    }

    /** Ends the deflate stream with a sync flush (byte-aligned, not final) and closes the file. */
    void finish() {
        if (finished) {
            return;
        }
        try {
            flushBuffer();
            int n;
            do {
                n = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
                out.write(deflated, 0, n);
            } while (n == deflated.length);
            out.close();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sheet: " + e.getMessage(), e);
        } finally {
            deflater.end();
        }
    }

    /** The CRC-32 of the uncompressed XML. */
    long crc() {
        return crc.getValue();
    }

    /** The length of the uncompressed XML in bytes. */
    long size() {
        return size;
    }

    /** The length of the deflated XML in bytes ({@link #finish} first). */
    long compressedSize() throws IOException {
        return Files.size(file);
    }

    /** The deflated XML ({@link #finish} first). */
    InputStream compressed() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        if (!finished) {
            deflater.end();
            try {
                out.close();
            } catch (IOException ignored) {
                // the file is deleted next
            }
        }
        deleteQuietly(file);
    }

    private void cellStart(int column, int style) {
        raw(CELL_OPEN);
        raw(columnNames[column]);
        raw(rowNumber);
        raw(STYLE);
        raw(styleName(style));
        raw(QUOTE);
        lastColumn = Math.max(lastColumn, column);
    }

    private byte[] styleName(int style) {
        if (style >= styleNames.length) {
            styleNames = java.util.Arrays.copyOf(styleNames, Math.max(style + 1, styleNames.length * 2));
        }
        byte[] b = styleNames[style];
        if (b == null) {
            b = ascii(Integer.toString(style));
            styleNames[style] = b;
        }
        return b;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void escaped(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (pending > BUFFER - SLACK) {
                flushBuffer();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> put(LT);
                    case '>' -> put(GT);
                    case '&' -> put(AMP);
                    case '\r' -> put(CR);
                    case '\t', '\n' -> buf[pending++] = (byte) c;
                    case '_' -> {
                        if (escapeLike(s, i)) {
                            put(UNDERSCORE);
                        } else {
                            buf[pending++] = '_';
                        }
                    }
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            put(controlEscape(c));
                        } else {
                            buf[pending++] = (byte) c;
                        }
                    }
                }
            } else if (c < 0x800) {
                buf[pending++] = (byte) (0xC0 | (c >> 6));
                buf[pending++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pending++] = (byte) (0xF0 | (cp >> 18));
                buf[pending++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pending++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pending++] = (byte) (0x80 | (cp & 0x3F));
            } else if (c == 0xFFFE || c == 0xFFFF) {
                put(controlEscape(c));
            } else if (Character.isSurrogate(c)) {
                put(REPLACEMENT);
            } else {
                buf[pending++] = (byte) (0xE0 | (c >> 12));
                buf[pending++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pending++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /**
     * Whether the '_' at {@code i} starts what a spreadsheet reads as an escaped character
     * ({@code _x000D_}: "_x", four hex digits, "_"); such an underscore is itself escaped, so the
     * user's text comes back as written.
     */
    private static boolean escapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The spreadsheet escape {@code _xHHHH_} of a character XML 1.0 cannot carry (or a reader would drop). */
    static byte[] controlEscape(char c) {
        return ascii(String.format(java.util.Locale.ROOT, "_x%04X_", (int) c));
    }

    /** A character XML cannot carry, written as the spreadsheet escape {@code _xHHHH_}. */
    private static boolean needsControlEscape(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * Text for a cell POI writes (the small sheets): control characters as {@code _xHHHH_} and the
     * underscore of a look-alike escaped, so the text reads back as it was; POI escapes XML itself.
     */
    static String spreadsheetEscaped(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !(needsControlEscape(c)
                    || Character.isSurrogate(c) || (c == '_' && escapeLike(s, i)));
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsControlEscape(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "_x%04X_", (int) c));
            } else if (c == '_' && escapeLike(s, i)) {
                sb.append("_x005F_");
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void put(byte[] b) {
        System.arraycopy(b, 0, buf, pending, b.length);
        pending += b.length;
    }

    /** A few bytes of markup (every piece is far shorter than the buffer). */
    private void raw(byte[] b) {
        if (pending + b.length > BUFFER) {
            flushBuffer();
        }
        put(b);
    }

    private void flushBuffer() {
        if (pending > 0) {
            feed(buf, pending);
            pending = 0;
        }
    }

    private void feed(byte[] b, int len) {
        crc.update(b, 0, len);
        size += len;
        deflater.setInput(b, 0, len);
        try {
            while (!deflater.needsInput()) {
                int n = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
                out.write(deflated, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sheet: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path f) {
        if (f == null) {
            return;
        }
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a temporary file in the system's temporary directory
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] TAG_END = ascii("\">");
    private static final byte[] ROW_CLOSE = ascii("</row>\n");
    private static final byte[] CELL_OPEN = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] QUOTE = ascii("\"");
    private static final byte[] INLINE_STRING = ascii(" t=\"inlineStr\"><is>");
    private static final byte[] T_OPEN = ascii("<t>");
    private static final byte[] T_OPEN_PRESERVE = ascii("<t xml:space=\"preserve\">");
    private static final byte[] INLINE_STRING_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] BOOLEAN_TRUE = ascii(" t=\"b\"><v>1</v></c>");
    private static final byte[] BOOLEAN_FALSE = ascii(" t=\"b\"><v>0</v></c>");
    private static final byte[] EMPTY_END = ascii("/>");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] CR = ascii("&#13;");
    private static final byte[] UNDERSCORE = ascii("_x005F_");
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8);
}
