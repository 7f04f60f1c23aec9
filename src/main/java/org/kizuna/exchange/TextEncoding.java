// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The encodings of text files people hand over: UTF-8 with or without a byte-order mark, and
 * Shift_JIS as Japanese Excel writes it (Windows code page 932, which Java calls
 * {@code windows-31j}: Shift_JIS plus NEC and IBM extensions such as ①). Detection reads the start
 * of the file: a BOM means UTF-8; bytes that decode strictly as UTF-8 mean UTF-8; else bytes that
 * decode strictly as CP932 mean CP932; else the file is refused, with a pointer to
 * {@code --encoding}. Used by the CSV importer ({@code kizuna import --ties/--actors [--encoding]}).
 */
public final class TextEncoding {
    /** Bytes read to decide. */
    static final int SAMPLE = 1 << 16;

    public static final Charset CP932 = Charset.forName("windows-31j");

    private TextEncoding() {
    }

    /** Parses an {@code --encoding} value: utf-8, utf-8-bom, shift_jis, sjis, cp932, windows-31j. */
    public static Charset parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "utf8", "utf_8", "utf_8_bom", "utf8bom" -> StandardCharsets.UTF_8;
            case "shift_jis", "sjis", "shiftjis", "cp932", "ms932", "windows_31j" -> CP932;
            default -> throw new BadValueException("unknown encoding: " + name + " (utf-8, shift_jis/cp932)",
                    "文字コードが不明です：「" + name + "」（utf-8、shift_jis/cp932）");
        };
    }

    /** The file's encoding as detected. */
    public static Charset detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        boolean whole = head.length < SAMPLE;
        if (hasBom(head)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(head, StandardCharsets.UTF_8, whole)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(head, CP932, whole)) {
            return CP932;
        }
        throw new ExchangeException(new Msg(file.getFileName() + " is neither UTF-8 nor Shift_JIS (CP932) text; "
                + "give its encoding with --encoding", file.getFileName()
                + " は UTF-8 でも Shift_JIS（CP932）でもありません。文字コードを指定してください"));
    }

    /**
     * A reader over the file in the given encoding (detected when null), with a UTF-8 byte-order
     * mark skipped. Malformed input is an error, never silently replaced.
     */
    public static Reader open(Path file, Charset charset) throws IOException {
        return open(Files.newInputStream(file), charset == null ? detect(file) : charset);
    }

    /** A reader over a stream in the given encoding, with a UTF-8 byte-order mark skipped; strict decoding. */
    public static Reader open(InputStream raw, Charset cs) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (cs.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] b = in.readNBytes(3);
            if (!hasBom(b)) {
                in.reset();
            }
        }
        // strict, and handing over the characters before a bad byte first, so the CSV reader can name its line
        return new StrictReader(in, cs);
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** Whether the bytes decode strictly; a sample cut mid-character may end short by up to 3 bytes. */
    private static boolean decodes(byte[] bytes, Charset cs, boolean whole) {
        int end = bytes.length;
        for (int cut = 0; cut <= (whole ? 0 : 3) && cut <= end; cut++) {
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                d.decode(ByteBuffer.wrap(bytes, 0, end - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter sample: the cut may have split a character
            }
        }
        return false;
    }
}
