// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.Arrays;
import org.kizuna.exchange.Msg;

/**
 * One row of a sheet as the streaming reader hands it over: its 0-based index, the values of the
 * cells that were kept (String, Double or Boolean; blank cells are absent) and, when a cell of the
 * row could not be read (a shared-string index out of range, a malformed number, a cell too large),
 * the first such fault with its column.
 */
final class SheetRow {
    /** A cell that could not be read: its 0-based column (-1 when unknown) and why. */
    record Fault(int column, Msg msg) {
    }

    private final int index;
    private int[] columns = new int[8];
    private Object[] values = new Object[8];
    private int size;
    private int lastCellNum = -1;
    private Fault fault;

    SheetRow(int index) {
        this.index = index;
    }

    int index() {
        return index;
    }

    void put(int column, Object value) {
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        columns[size] = column;
        values[size++] = value;
    }

    /** Notes that a cell exists at {@code column} (blank or not), as POI's last cell number counts it. */
    void saw(int column) {
        lastCellNum = Math.max(lastCellNum, column + 1);
    }

    void fault(Fault f) {
        if (fault == null) {
            fault = f;
        }
    }

    /** The first cell of this row that could not be read, or null. */
    Fault fault() {
        return fault;
    }

    /** The value of the cell at a 0-based column (columns are added in ascending order), or null. */
    Object value(int column) {
        int i = Arrays.binarySearch(columns, 0, size, column);
        return i < 0 ? null : values[i];
    }

    /** One past the last column that holds a cell, or -1 when none does (as POI's getLastCellNum). */
    int getLastCellNum() {
        return lastCellNum;
    }
}
