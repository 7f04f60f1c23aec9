// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
    @TempDir
    Path dir;

    private static final String TEXT = "名称,種別\n帯広畜産大学,university\n①十勝圏地域食品加工技術センター,research_institute\n";

    private String read(Path f) throws IOException {
        try (BufferedReader r = new BufferedReader(TextEncoding.open(f, null))) {
            StringBuilder sb = new StringBuilder();
            r.lines().forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
    }

    @Test
    void detectsUtf8WithAndWithoutBomAndCp932() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
        Path plain = dir.resolve("plain.csv");
        Files.write(plain, TEXT.getBytes(StandardCharsets.UTF_8));
        Path sjis = dir.resolve("sjis.csv");
        Files.write(sjis, TEXT.getBytes(TextEncoding.CP932));
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(bom));
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(plain));
        assertEquals(TextEncoding.CP932, TextEncoding.detect(sjis));
        assertEquals(TEXT, read(bom), "the BOM is skipped");
        assertEquals(TEXT, read(plain));
        assertEquals(TEXT, read(sjis), "① is in CP932, not in plain Shift_JIS");
    }

    @Test
    void aLongFileCutMidCharacterIsStillDetected() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < TextEncoding.SAMPLE) {
            sb.append("あ");
        }
        Path f = dir.resolve("long.csv");
        Files.write(f, ("x" + sb).getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(f));
    }

    @Test
    void undecodableBytesAreRefusedWithAPointerToEncoding() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.write(f, new byte[] {'a', ',', (byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, '\n'});
        ExchangeException e = assertThrows(ExchangeException.class, () -> TextEncoding.detect(f));
        assertEquals("bad.csv is neither UTF-8 nor Shift_JIS (CP932) text; give its encoding with --encoding", e.getMessage());
        assertEquals(TextEncoding.CP932, TextEncoding.parse("Shift_JIS"));
        assertEquals(StandardCharsets.UTF_8, TextEncoding.parse("utf-8-bom"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TextEncoding.parse("latin1")).getMessage()
                .contains("utf-8, shift_jis/cp932"));
    }
}
