// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csvout;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kizuna.exchange.TextSafety;
import org.kizuna.model.ControlCharacters;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel opens it with the Japanese intact) and CRLF
 * line ends. Text that a spreadsheet would evaluate ({@code = + - @} …) gets a leading apostrophe
 * (see {@link TextSafety}); control characters other than tab, line feed and carriage return become
 * U+FFFD ({@link ControlCharacters#replaced}); numbers and booleans are written as they are.
 */
public final class CsvWriter implements AutoCloseable {
    private final Writer out;

    public CsvWriter(OutputStream os) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
    }

    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            if (v instanceof Double d) {
                out.write(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
            } else if (v instanceof Number || v instanceof Boolean) {
                out.write(v.toString());
            } else {
                // control characters (a file edited outside Kizuna) would be refused by every importer
                field(TextSafety.forCsv(ControlCharacters.replaced(v.toString(), ControlCharacters.Field.TEXT)));
            }
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }

    /** Writes out what is buffered, leaving the stream open (a staging file is fsynced after). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
