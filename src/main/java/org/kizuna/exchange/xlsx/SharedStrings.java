// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A workbook's shared strings, held compactly and within a cap: the UTF-8 bytes of all strings in
 * 1 MiB chunks and two int arrays (where each starts, how long it is). POI's
 * ReadOnlySharedStringsTable keeps a {@code String} per entry with no limit; cells refer to this
 * table by index, so it must be in memory, and the cap is what keeps its memory bounded.
 * A string longer than a cell may hold is kept as "too long", so the cell that uses it can be
 * reported with its reference.
 */
final class SharedStrings {
    /** The most bytes (UTF-8) of shared text read. */
    static final long MAX_BYTES = 64L << 20;
    /** The most shared strings read. */
    static final int MAX_COUNT = 4 << 20;

    private static final int CHUNK = 1 << 20;
    private static final int TOO_LONG = -1;

    private final List<byte[]> chunks = new ArrayList<>();
    private int used = CHUNK; // bytes used in the last chunk (none yet)
    private long bytes;
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int count;

    static final SharedStrings NONE = new SharedStrings();

    /** Adds one string; false when the caps are reached (the reader then refuses the workbook). */
    boolean add(String s) {
        if (count == MAX_COUNT) {
            return false;
        }
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            length = Arrays.copyOf(length, count * 2);
        }
        if (s == null) {
            start[count] = 0;
            length[count++] = TOO_LONG;
            return true;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (bytes + b.length > MAX_BYTES) {
            return false;
        }
        if (chunks.isEmpty() || used + b.length > CHUNK) {
            chunks.add(new byte[Math.max(CHUNK, b.length)]);
            used = 0;
        }
        byte[] chunk = chunks.get(chunks.size() - 1);
        System.arraycopy(b, 0, chunk, used, b.length);
        // chunk index and offset in one int: at most 64 chunks of 1 MiB (2^6 · 2^20 < 2^31)
        start[count] = (chunks.size() - 1) << 20 | used;
        length[count++] = b.length;
        used += b.length;
        bytes += b.length;
        return true;
    }

    int size() {
        return count;
    }

    /** The string at {@code i} (0 ≤ i < size), or null when it is longer than a cell may hold. */
    String get(int i) {
        if (length[i] == TOO_LONG) {
            return null;
        }
        byte[] chunk = chunks.get(start[i] >>> 20);
        return new String(chunk, start[i] & (CHUNK - 1), length[i], StandardCharsets.UTF_8);
    }
}
