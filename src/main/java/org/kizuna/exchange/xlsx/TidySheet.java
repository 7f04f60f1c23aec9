// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a tidy table: one header row, one record per row, no merged cells, no title, so R
 * ({@code readxl}) and pandas read it directly. Autofilter and a frozen header for people.
 * Column widths are measured on the first rows only: a 500k-row sheet is not measured twice.
 */
final class TidySheet {
    private static final int MEASURED_ROWS = 2000;
    /** Shows booleans as TRUE/FALSE in LibreOffice too (Excel does so by itself). */
    static final String BOOLEAN_FORMAT = "\"TRUE\";\"TRUE\";\"FALSE\"";

    private final SheetContext ctx;
    private final Sheet sheet;
    private final Widths widths = new Widths();
    private final StyleSpec[] styles;
    private int row;
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
        this.styles = styles.clone();
        this.columns = headers.size();
        Row h = sheet.createRow(row++);
        int lines = 1;
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            ctx.text(h, i, text, StyleSpec.HEADER);
            int w = Widths.width(text);
            if (w > headerChars) {
                widths.seeWidth(i, headerChars);
                lines = Math.max(lines, Widths.lines(text, headerChars + 2));
            } else {
                widths.see(i, text);
            }
        }
        if (lines > 1) {
            h.setHeightInPoints(lines * 13.5f + 3);
        }
    }

    void add(List<Object> values) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            StyleSpec s = styles[i];
            if (v instanceof Number n) {
                ctx.number(r, i, n, s);
            } else if (v instanceof Boolean b) {
                ctx.bool(r, i, b, s);
            } else if (v != null) {
                ctx.text(r, i, v.toString(), s);
            }
            if (row <= MEASURED_ROWS && v != null) {
                if (v instanceof Double d) {
                    widths.seeWidth(i, twoDecimalsWidth(d));
                } else {
                    widths.see(i, v.toString());
                }
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
        widths.apply(sheet, 6, 40);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, columns - 1));
        sheet.createFreezePane(0, 1);
        ctx.printSetup(sheet, 0, 0);
    }
}
