// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kizuna.exchange.Problem;

/**
 * A strict RFC 4180 reader: comma-separated, fields optionally in double quotes with "" for a quote,
 * line breaks allowed inside quotes. Records remember the line they start on, so errors can name it.
 * A leading byte-order mark is skipped; blank lines are skipped.
 *
 * <p>It streams: {@link #next()} reads one record at a time through a fixed buffer, so a file of
 * any size costs only the record being read. {@link #read} collects all records, for small files.
 *
 * <p>A record's size is capped ({@value #MAX_FIELD} characters to a field, {@value #MAX_RECORD} to a
 * record, {@value #MAX_FIELDS} fields), so a file that is not a table of actors or ties (one field of
 * gigabytes, a line of millions of commas) is refused with its line and column in bounded memory
 * instead of exhausting it. Real fields are names and notes, thousands of times smaller.
 */
public final class CsvReader {
    private static final int BUFFER = 1 << 16;
    /** Characters a field may hold: 1 Mi. */
    public static final int MAX_FIELD = 1 << 20;
    /** Characters a record may hold, all fields together: 8 Mi. */
    public static final int MAX_RECORD = 8 << 20;
    /** Fields a record may have. */
    public static final int MAX_FIELDS = 4096;

    /** One record and the line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    private final Reader in;
    private final String fileName;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private int line = 1;
    private boolean started;
    private boolean eof;

    public CsvReader(Reader in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    public static List<Record> read(Reader in, String fileName) throws IOException, CsvFormatException {
        CsvReader r = new CsvReader(in, fileName);
        List<Record> out = new ArrayList<>();
        Record rec;
        while ((rec = r.next()) != null) {
            out.add(rec);
        }
        return out;
    }

    /** The line the reader has reached (for messages about input that cannot be decoded). */
    public int line() {
        return line;
    }

    /** The next char, or -1 at the end. */
    private int peek() throws IOException, CsvFormatException {
        if (pos < len) {
            return buf[pos];
        }
        if (eof) {
            return -1;
        }
        try {
            len = in.read(buf, 0, BUFFER);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(new Problem(fileName, line, null, "bytes that are not valid in the file's"
                    + " encoding (" + e.getMessage() + "); give the encoding with --encoding (utf-8 or shift_jis)",
                    "ファイルの文字コードとして正しくないバイトがあります（" + e.getMessage()
                    + "）。文字コード（UTF-8 か Shift_JIS）を指定してください"));
        }
        pos = 0;
        if (len <= 0) {
            eof = true;
            len = 0;
            return -1;
        }
        if (!started) {
            started = true;
            if (buf[0] == '\uFEFF') {
                pos = 1;
                return peek();
            }
        }
        return buf[pos];
    }

    /** The next non-blank record, or null at the end of the input. */
    public Record next() throws IOException, CsvFormatException {
        while (true) {
            if (peek() < 0) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            // a field that is one run of plain characters within the buffer (most fields) is made
            // straight from the buffer, without copying it through the builder first
            String whole = null;
            long recordChars = 0;
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean endOfRecord = false;
            int c;
            while (!endOfRecord && (c = peek()) >= 0) {
                if (quoted) {
                    pos++;
                    if (c == '"') {
                        if (peek() == '"') {
                            f.append('"');
                            pos++;
                            continue;
                        }
                        quoted = false;
                        int n = peek();
                        if (n >= 0 && n != ',' && n != '\n' && n != '\r') {
                            throw new CsvFormatException(new Problem(fileName, line, null,
                                    "text after a closing quote (field " + (fields.size() + 1) + ")",
                                    "閉じた引用符の後に文字があります（" + (fields.size() + 1) + " 番目の項目）"));
                        }
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    f.append((char) c);
                    if (f.length() > MAX_FIELD) {
                        throw tooLong(start, fields.size());
                    }
                } else if (c == '"' && f.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    pos++;
                } else if (c == ',') {
                    String field = whole != null ? whole : f.toString();
                    recordChars += field.length() + 1;
                    if (fields.size() + 2 > MAX_FIELDS || recordChars > MAX_RECORD) {
                        throw tooBig(start, fields.size() + 1);
                    }
                    fields.add(field);
                    whole = null;
                    f.setLength(0);
                    wasQuoted = false;
                    pos++;
                } else if (c == '\r' || c == '\n') {
                    pos++;
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                    }
                    line++;
                    endOfRecord = true;
                } else {
                    // a run of plain characters is copied at once (quotes inside a field are plain text)
                    int end = pos + 1;
                    while (end < len) {
                        char ch = buf[end];
                        if (ch == ',' || ch == '\n' || ch == '\r') {
                            break;
                        }
                        end++;
                    }
                    // a run ending on a delimiter inside the buffer, with nothing before it, is the
                    // whole field (what follows is that delimiter)
                    if (end < len && f.length() == 0 && !wasQuoted) {
                        if (end - pos > MAX_FIELD) {
                            throw tooLong(start, fields.size());
                        }
                        whole = new String(buf, pos, end - pos);
                    } else {
                        f.append(buf, pos, end - pos);
                        if (f.length() > MAX_FIELD) {
                            throw tooLong(start, fields.size());
                        }
                    }
                    pos = end;
                }
            }
            if (quoted) {
                throw new CsvFormatException(new Problem(fileName, start, null, "a quoted field is never closed",
                        "引用符で始まる項目が閉じられていません"));
            }
            fields.add(whole != null ? whole : f.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                // the list is the record's own: handed out read-only, without a copy
                return new Record(start, Collections.unmodifiableList(fields));
            }
        }
    }

    private CsvFormatException tooLong(int start, int fieldIndex) {
        return new CsvFormatException(new Problem(fileName, start, String.valueOf(fieldIndex + 1),
                "a field longer than " + MAX_FIELD + " characters (1 MiB) is refused: this is not a table of actors "
                + "or ties, or a quote is never closed", "1 MiB（" + MAX_FIELD + " 文字）を超える項目は読み込みません。"
                + "関係主体や連携の表ではないか、引用符が閉じられていません"));
    }

    private CsvFormatException tooBig(int start, int fields) {
        return new CsvFormatException(new Problem(fileName, start, String.valueOf(fields),
                "a record of more than " + MAX_FIELDS + " fields or " + MAX_RECORD + " characters (8 MiB) is refused: "
                + "this is not a table of actors or ties", MAX_FIELDS + " 項目または " + MAX_RECORD
                + " 文字（8 MiB）を超える行は読み込みません。関係主体や連携の表ではありません"));
    }
}
