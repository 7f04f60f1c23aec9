// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated resource of a sample project: a header row, then rows with exactly as many cells.
 * The data ships in the jar, so a malformed file is a bug of ours and fails loudly.
 */
final class SampleTable {
    private static final String BASE = "/org/kizuna/samples/";

    private final String name;
    private final List<String> header;
    private final List<List<String>> rows;

    private SampleTable(String name, List<String> header, List<List<String>> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads {@code /org/kizuna/samples/<sample>/<file>}. */
    static SampleTable read(String sample, String file) {
        String text = text(sample, file);
        String resource = sample + "/" + file;
        if (text == null) {
            throw new IllegalStateException("the sample resource " + resource + " is missing");
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("the sample resource " + resource + " has no header");
        }
        List<String> header = split(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = split(lines.get(i));
            if (row.size() != header.size()) {
                throw new IllegalStateException(resource + " line " + (i + 1) + " has " + row.size()
                        + " cells, the header has " + header.size());
            }
            rows.add(row);
        }
        return new SampleTable(resource, header, rows);
    }

    /** Whether the sample has this resource. */
    static boolean exists(String sample, String file) {
        return SampleTable.class.getResource(BASE + sample + "/" + file) != null;
    }

    private static String text(String sample, String file) {
        try (InputStream in = SampleTable.class.getResourceAsStream(BASE + sample + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample resource " + sample + "/" + file, e);
        }
    }

    private static List<String> split(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return List.of(l.split("\t", -1));
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** The rows as maps from header name to cell, in order. */
    List<Map<String, String>> records() {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
