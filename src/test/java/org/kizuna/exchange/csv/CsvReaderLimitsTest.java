// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.exchange.Problem;

/** The reader's caps: a field of 1 MiB is read, one more character is refused with line and column. */
class CsvReaderLimitsTest {
    @Test
    void aFieldOfTheCapIsRead() throws Exception {
        String big = "x".repeat(CsvReader.MAX_FIELD);
        List<CsvReader.Record> rows = CsvReader.read(new StringReader("a,b\n1," + big + "\n\"" + big + "\",2\n"), "t.csv");
        assertEquals(big, rows.get(1).fields().get(1));
        assertEquals(big, rows.get(2).fields().get(0));
    }

    @Test
    void oneCharacterMoreIsRefusedWithLineAndColumn() {
        String big = "y".repeat(CsvReader.MAX_FIELD + 1);
        for (String text : List.of("a,b\n\n1,2\n3," + big + "\n", "a,b\n\n1,2\n\"" + big + "\",4\n",
                "a,b\n\n1,2\n\"multi\nline " + big + "\",4\n")) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(new StringReader(text),
                    "t.csv"));
            Problem p = e.located().get(0);
            assertEquals(4, p.line(), p.toString());
            assertEquals(text.startsWith("a,b\n\n1,2\n3,") ? "2" : "1", p.column(), p.toString());
            assertTrue(p.message().contains("1 MiB"), p.message());
        }
    }

    @Test
    void anEndlessFieldStopsAtTheCapWithoutReadingOn() {
        // a "file" of 2^40 characters: the reader must stop soon after the cap, not hold or read it all
        long[] served = {0};
        Reader endless = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, 'z');
                served[0] += len;
                return len;
            }

            @Override
            public void close() {
            }
        };
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(endless, "endless.csv"));
        assertEquals(1, e.located().get(0).line());
        assertTrue(served[0] < 2L * CsvReader.MAX_FIELD, "read " + served[0] + " characters");
    }

    @Test
    void aRecordOfTooManyFieldsIsRefused() {
        String text = "a,b\n" + ",".repeat(CsvReader.MAX_FIELDS + 10) + "\n";
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(new StringReader(text),
                "t.csv"));
        assertEquals(2, e.located().get(0).line());
        assertTrue(e.located().get(0).message().contains("fields"), e.located().get(0).message());
    }
}
