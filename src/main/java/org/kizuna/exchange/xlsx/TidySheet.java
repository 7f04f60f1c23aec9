// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kizuna.exchange.TextSafety;

/**
 * Writes a tidy table: one header row, one record per row, no merged cells, no title, so R
 * ({@code readxl}) and pandas read it directly. Autofilter and a frozen header for people.
 * Column widths are measured on the first rows only: a 500k-row sheet is not measured twice.
 *
 * <p>The rows do not go through POI's cell objects: they are written as XML and compressed as they
 * come ({@link StreamedRows}) and put into the sheet when the workbook is saved; the POI sheet
 * carries the rest (column widths, autofilter, frozen header, print setup).
 */
final class TidySheet {
    private static final int MEASURED_ROWS = 2000;
    /** Shows booleans as TRUE/FALSE in LibreOffice too (Excel does so by itself). */
    static final String BOOLEAN_FORMAT = "\"TRUE\";\"TRUE\";\"FALSE\"";

    private final SheetContext ctx;
    private final Sheet sheet;
    private final StreamedRows rows;
    private final Widths widths = new Widths();
    /** Per column: the style index of a value, and of text a spreadsheet could take for a formula. */
    private final int[] style;
    private final int[] quotedStyle;
    private final int columns;

    TidySheet(SheetContext ctx, Sheet sheet, List<String> headers, StyleSpec[] styles) {
        this(ctx, sheet, headers, styles, Integer.MAX_VALUE);
    }

    /**
     * A tidy sheet whose headers count at most {@code headerChars} towards a column's width: longer
     * headers wrap (the header row grows), so a table of many narrow numeric columns stays narrow.
     */
    TidySheet(SheetContext ctx, Sheet sheet, List<String> headers, StyleSpec[] styles, int headerChars) {
        this.ctx = ctx;
        this.sheet = sheet;
        this.columns = headers.size();
        Styles st = ctx.styles();
        style = new int[columns];
        quotedStyle = new int[columns];
        for (int i = 0; i < columns; i++) {
            style[i] = st.get(styles[i]).getIndex();
            quotedStyle[i] = st.get(styles[i], true).getIndex();
        }
        this.rows = ctx.streamRows(sheet, columns);
        int lines = 1;
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            int w = Widths.width(text);
            if (w > headerChars) {
                widths.seeWidth(i, headerChars);
                lines = Math.max(lines, Widths.lines(text, headerChars + 2));
            } else {
                widths.see(i, text);
            }
        }
        rows.startRow(lines > 1 ? lines * 13.5f + 3 : 0);
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            rows.text(i, st.get(StyleSpec.HEADER, TextSafety.risky(text)).getIndex(), text);
        }
        rows.endRow();
    }

    /**
     * Writes one record. The cells, the measuring of the first rows and the text are separate
     * methods: this one runs for every row of every tidy sheet, with different kinds of values per
     * sheet, and a small method is recompiled cheaply when the JIT meets a new kind.
     */
    void add(List<Object> values) {
        rows.startRow(0);
        for (int i = 0, n = values.size(); i < n; i++) {
            Object v = values.get(i);
            if (v != null) {
                cell(i, v);
            }
        }
        rows.endRow();
        if (rows.rows() <= MEASURED_ROWS) {
            measure(values);
        }
    }

    private void cell(int i, Object v) {
        if (v instanceof String text) {
            text(i, text);
        } else if (v instanceof Number n) {
            rows.number(i, style[i], n.doubleValue());
        } else if (v instanceof Boolean b) {
            rows.bool(i, style[i], b);
        } else {
            text(i, v.toString());
        }
    }

    private void text(int i, String text) {
        if (text.isEmpty()) {
            rows.empty(i, style[i]);
        } else {
            rows.text(i, TextSafety.risky(text) ? quotedStyle[i] : style[i], text);
        }
    }

    private void measure(List<Object> values) {
        for (int i = 0, n = values.size(); i < n; i++) {
            Object v = values.get(i);
            if (v instanceof Double d) {
                widths.seeWidth(i, twoDecimalsWidth(d));
            } else if (v != null) {
                widths.see(i, v.toString());
            }
        }
    }

    /**
     * The length of {@code String.format("%.2f", d)}, a number's width as the sheet shows it, without
     * a Formatter per cell (tens of thousands of figures are measured). Near a power of ten, where
     * rounding decides the number of digits, it asks the Formatter.
     */
    static int twoDecimalsWidth(double d) {
        double a = Math.abs(d);
        if (Double.isNaN(d) || Double.isInfinite(d) || a >= 1e15) {
            return String.format("%.2f", d).length();
        }
        long whole = (long) a;
        int digits = whole == 0 ? 1 : (int) Math.log10(whole) + 1;
        if (a >= Math.pow(10, digits) - 0.01 || (whole > 0 && Math.pow(10, digits - 1) > whole)) {
            return String.format("%.2f", d).length();
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        return (negative ? 1 : 0) + digits + 3;
    }

    void finish() {
        rows.finish();
        widths.apply(sheet, 6, 40);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.rows() - 1), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        ctx.printSetup(sheet, 0, 0);
    }
}
