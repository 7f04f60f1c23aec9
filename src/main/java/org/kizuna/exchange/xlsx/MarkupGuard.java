// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.kizuna.exchange.Msg;

/**
 * Watches the bytes of an XML part on their way to the parser and stops what would make the parser
 * hold unbounded memory: one tag, comment, processing instruction or CDATA section longer than
 * {@link #MAX_MARKUP} bytes (the parser keeps a whole tag's attributes, and a whole comment, in
 * memory), and any {@code <!DOCTYPE}, which a workbook never carries (so no entity can be declared,
 * let alone expanded). Text between tags needs no watch: the parser hands it over in pieces and the
 * reader keeps at most a cell's worth. Only ASCII-compatible encodings are read (every spreadsheet
 * writes UTF-8); a part in UTF-16 is refused rather than scanned wrongly.
 */
final class MarkupGuard extends FilterInputStream {
    /** The longest markup construct read, in bytes. */
    static final int MAX_MARKUP = 1 << 20;

    /** Why a part was refused by the guard; the reader adds which part. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Msg msg;

        Refused(Msg msg) {
            super(msg.en());
            this.msg = msg;
        }

        Msg msg() {
            return msg;
        }
    }

    private static final int TEXT = 0;
    private static final int OPEN = 1;      // just after '<'
    private static final int BANG = 2;      // "<!" and the bytes that tell what follows
    private static final int TAG = 3;
    private static final int COMMENT = 4;
    private static final int PI = 5;
    private static final int CDATA = 6;

    private int state = TEXT;
    private long length;        // bytes of the current markup construct
    private char quote;         // inside a tag: the open quote, or 0
    private int last1;          // the two bytes before this one, for the end markers
    private int last2;
    private final StringBuilder bang = new StringBuilder(9);
    private long position;

    MarkupGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            int b = buf[off + i] & 0xFF;
            if (state == TEXT && b != '<' && position >= 2) {
                position++; // the common case, text between tags: nothing to watch
            } else {
                see(b);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // the parser never skips; reading keeps the watch intact
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(int b) throws IOException {
        if (position < 2 && (b == 0 || b == 0xFE || b == 0xFF)) {
            throw new Refused(new Msg("is not in UTF-8 (it looks like UTF-16); spreadsheets write UTF-8",
                    "UTF-8 ではありません（UTF-16 のようです）。表計算ソフトは UTF-8 で書きます"));
        }
        position++;
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = OPEN;
                    length = 1;
                }
            }
            case OPEN -> {
                length++;
                if (b == '!') {
                    state = BANG;
                    bang.setLength(0);
                } else if (b == '?') {
                    state = PI;
                } else {
                    state = TAG;
                    quote = 0;
                    tag(b);
                }
            }
            case BANG -> {
                length++;
                bang.append((char) b);
                String s = bang.toString();
                if (s.equals("--")) {
                    state = COMMENT;
                } else if (s.equals("[CDATA[")) {
                    state = CDATA;
                } else if ("DOCTYPE".startsWith(s.toUpperCase(java.util.Locale.ROOT)) && s.length() >= 2) {
                    throw new Refused(new Msg("carries a DTD (<!DOCTYPE …>), which no workbook has; refused",
                            "DTD（<!DOCTYPE …>）を含んでいます。ブックには無いものなので、読みません"));
                } else if (!"--".startsWith(s) && !"[CDATA[".startsWith(s) && !"DOCTYPE".startsWith(s)) {
                    // some other declaration: its end is the next '>' outside quotes
                    state = TAG;
                    quote = 0;
                    for (int i = 0; i < s.length(); i++) {
                        tag(s.charAt(i));
                    }
                }
            }
            case TAG -> {
                length++;
                tag(b);
            }
            case COMMENT -> {
                length++;
                if (b == '>' && last1 == '-' && last2 == '-') {
                    state = TEXT;
                }
            }
            case PI -> {
                length++;
                if (b == '>' && last1 == '?') {
                    state = TEXT;
                }
            }
            case CDATA -> {
                length++;
                if (b == '>' && last1 == ']' && last2 == ']') {
                    state = TEXT;
                }
            }
            default -> throw new IllegalStateException();
        }
        last2 = last1;
        last1 = b;
        if (state != TEXT && length > MAX_MARKUP) {
            throw new Refused(new Msg("holds a tag, comment or CDATA section longer than " + MAX_MARKUP / (1 << 20)
                    + " MiB (byte " + position + "); no spreadsheet writes one; refused",
                    MAX_MARKUP / (1 << 20) + " MiB を超えるタグ・コメント・CDATA を含んでいます（" + position
                    + " バイト目）。表計算ソフトはこのようなものを書かないので、読みません"));
        }
    }

    private void tag(int b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = (char) b;
        } else if (b == '>') {
            state = TEXT;
        }
    }
}
