// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: comma-separated, fields optionally in double quotes with "" for a quote,
 * line breaks allowed inside quotes. Records remember the line they start on, so errors can name it.
 * A leading byte-order mark is skipped; blank lines are skipped.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public record Record(int line, List<String> fields) {
    }

    public static List<Record> read(Reader in, String fileName) throws IOException, CsvFormatException {
        StringBuilder all = new StringBuilder();
        char[] buf = new char[8192];
        int k;
        while ((k = in.read(buf)) > 0) {
            all.append(buf, 0, k);
        }
        String s = all.toString();
        int i = s.startsWith("\uFEFF") ? 1 : 0;
        List<Record> out = new ArrayList<>();
        int line = 1;
        while (i < s.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean endOfRecord = false;
            while (i < s.length() && !endOfRecord) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            f.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                            throw new CsvFormatException(fileName + " line " + line
                                    + ": text after a closing quote (field " + (fields.size() + 1) + ")");
                        }
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    f.append(c);
                    i++;
                } else if (c == '"' && f.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    i++;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    wasQuoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    f.append(c);
                    i++;
                }
            }
            if (quoted) {
                throw new CsvFormatException(fileName + " line " + start + ": a quoted field is never closed");
            }
            fields.add(f.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                out.add(new Record(start, List.copyOf(fields)));
            }
        }
        return out;
    }
}
