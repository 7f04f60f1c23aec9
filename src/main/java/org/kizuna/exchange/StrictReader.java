// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes strictly (a bad byte is an error, never replaced) and counts the lines and columns of the
 * characters it hands over. The characters before a bad byte are handed over first, so the count
 * stops where the bad byte is ({@code InputStreamReader} fails a whole buffer before handing over
 * any of it, so its reader cannot tell the line). Also spares the XML parser the bytes: given them,
 * the JDK's parser prints "[Fatal Error]" to stderr on a bad one.
 */
public final class StrictReader extends Reader {
    private final InputStream in;
    private final java.nio.charset.CharsetDecoder decoder;
    private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 14).flip();
    private boolean eof;
    private boolean flushed;
    private CharacterCodingException pending;
    private int line = 1;
    private int column = 1;

    public StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        java.nio.CharBuffer out = java.nio.CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (pending != null) {
                throw pending;
            }
            java.nio.charset.CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                pending = new java.nio.charset.MalformedInputException(r.length());
            } else if (r.isUnderflow()) {
                if (eof) {
                    if (!flushed) {
                        decoder.flush(out);
                        flushed = true;
                    }
                    break;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (buf[off + i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    /** The line of the next character (1-based). */
    public int line() {
        return line;
    }

    /** The column of the next character (1-based). */
    public int column() {
        return column;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
