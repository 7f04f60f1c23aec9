// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against records written out and quoted by the RFC 4180 rules: random fields
 * with commas, quotes, line breaks and Japanese text, and long fields, so that fields of every kind
 * start, end and cross the reader's 64 KiB buffer boundaries.
 */
class CsvReaderTest {
    private static final String ALPHABET = "ab,\"\n\r 機関研究所";

    private static String field(Random rnd) {
        int len = switch (rnd.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 20_000 + rnd.nextInt(50_000); // long: crosses buffer boundaries
            default -> 1 + rnd.nextInt(12);
        };
        StringBuilder sb = new StringBuilder();
        boolean plain = rnd.nextBoolean();
        for (int i = 0; i < len; i++) {
            char c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
            if (plain && (c == ',' || c == '"' || c == '\n' || c == '\r')) {
                c = 'x';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String quoted(String f) {
        boolean needs = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
        return needs ? "\"" + f.replace("\"", "\"\"") + "\"" : f;
    }

    @Test
    void readsBackWhatWasWrittenAcrossBufferBoundaries() throws Exception {
        Random rnd = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<List<String>> records = new ArrayList<>();
            StringBuilder text = new StringBuilder(round % 2 == 0 ? "\uFEFF" : "");
            for (int r = 0; r < 300; r++) {
                List<String> rec = new ArrayList<>();
                int n = 1 + rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    rec.add(field(rnd));
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    rec.set(0, "x"); // a blank line is skipped by design
                }
                records.add(rec);
                List<String> cells = rec.stream().map(CsvReaderTest::quoted).toList();
                text.append(String.join(",", cells)).append(rnd.nextBoolean() ? "\r\n" : "\n");
            }
            List<CsvReader.Record> read = CsvReader.read(new StringReader(text.toString()), "t.csv");
            assertEquals(records.size(), read.size(), "round " + round);
            for (int r = 0; r < records.size(); r++) {
                assertEquals(records.get(r), read.get(r).fields(), "round " + round + ", record " + r);
            }
        }
    }

    @Test
    void recordsKnowTheLineTheyStartOn() throws Exception {
        String text = "a,b\n\"two\nlines\",c\r\n\nlast,\"\"\"q\"\"\"\n";
        List<CsvReader.Record> read = CsvReader.read(new StringReader(text), "t.csv");
        assertEquals(List.of(1, 2, 5), read.stream().map(CsvReader.Record::line).toList());
        assertEquals(List.of("two\nlines", "c"), read.get(1).fields());
        assertEquals(List.of("last", "\"q\""), read.get(2).fields());
    }
}
