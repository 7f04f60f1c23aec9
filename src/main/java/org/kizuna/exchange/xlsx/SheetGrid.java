// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.kizuna.exchange.Msg;

/**
 * A small sheet held whole, for the sheets that are read by position (the management matrix and the
 * progress sheet, which are small by nature) and for the top rows that tell what a sheet is. It
 * keeps at most {@link #MAX_CELLS} cells and {@link #MAX_CHARS} characters of text, and the merged
 * ranges; a larger sheet is refused rather than held.
 */
final class SheetGrid implements XlsxReader.RowSink {
    static final int MAX_CELLS = 100_000;
    static final int MAX_CHARS = 8 << 20;
    static final int MAX_MERGED = 10_000;

    /** A merged range, 0-based and inclusive. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean contains(int r, int c) {
            return r >= firstRow && r <= lastRow && c >= firstColumn && c <= lastColumn;
        }
    }

    private final TreeMap<Integer, SheetRow> rows = new TreeMap<>();
    private final List<Range> merged = new ArrayList<>();
    private final String name;
    private final int headRows;
    private long cells;
    private long chars;

    /** @param headRows read only the rows within this many of the first one (0: all) */
    SheetGrid(String name, int headRows) {
        this.name = name;
        this.headRows = headRows;
    }

    String getSheetName() {
        return name;
    }

    @Override
    public boolean row(SheetRow row) throws XlsxReader.Limit {
        if (headRows > 0 && !rows.isEmpty() && row.index() >= rows.firstKey() + headRows) {
            return false;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Object v = row.value(c);
            if (v != null) {
                cells++;
                chars += v instanceof String s ? s.length() : 8;
            }
        }
        if (cells > MAX_CELLS || chars > MAX_CHARS) {
            throw new XlsxReader.Limit(new Msg("holds more than " + String.format("%,d", MAX_CELLS) + " cells or "
                    + MAX_CHARS / (1 << 20) + " MiB of text; a management matrix or progress sheet is far smaller",
                    String.format("%,d", MAX_CELLS) + " を超えるセルか " + MAX_CHARS / (1 << 20)
                    + " MiB を超える文字があります。マネジメント要素や取組状況のシートはずっと小さいはずです"), row.index(), -1);
        }
        rows.put(row.index(), row);
        return true;
    }

    @Override
    public boolean wantsMerged() {
        return headRows == 0;
    }

    @Override
    public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) throws XlsxReader.Limit {
        if (merged.size() == MAX_MERGED) {
            throw new XlsxReader.Limit(new Msg("has more than " + String.format("%,d", MAX_MERGED) + " merged ranges",
                    String.format("%,d", MAX_MERGED) + " を超える結合セルがあります"), -1, -1);
        }
        merged.add(new Range(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** The row at a 0-based index, or null. */
    SheetRow getRow(int r) {
        return rows.get(r);
    }

    /** The first row present in the sheet (even without cells), or -1 for an empty sheet. */
    int getFirstRowNum() {
        return rows.isEmpty() ? -1 : rows.firstKey();
    }

    /** The last row read, or -1 for an empty sheet. */
    int getLastRowNum() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    List<Range> getMergedRegions() {
        return merged;
    }

    /** Every row with a cell that could not be read, in order. */
    List<SheetRow> faulty() {
        return rows.values().stream().filter(r -> r.fault() != null).toList();
    }
}
