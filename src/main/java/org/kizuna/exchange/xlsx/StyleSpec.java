// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * What a cell should look like, as a value: {@link Styles} turns each distinct spec into one
 * workbook style, so sheets never create styles per cell (Excel allows about 64,000).
 *
 * @param fill        fill colour as RRGGBB, or null
 * @param border      the cell's border
 * @param leftEdge    a stronger left edge (the plan column's double line), or null
 * @param quote       Excel's "quote prefix": the cell is text even when re-edited (formula guard)
 * @param format      a number format, or null for General
 */
public record StyleSpec(boolean bold, boolean italic, int points, String fill, boolean wrap, Border border,
                        Edge leftEdge, HorizontalAlignment align, VerticalAlignment valign, boolean quote,
                        String format) {

    /** The border drawn around a cell. */
    public enum Border { NONE, THIN, FINDING }

    /** Left-edge emphasis. */
    public enum Edge { DOUBLE }

    public static final StyleSpec PLAIN = new StyleSpec(false, false, 10, null, false, Border.NONE, null,
            HorizontalAlignment.GENERAL, VerticalAlignment.TOP, false, null);

    public static final StyleSpec TITLE = PLAIN.withBold().withPoints(14).withValign(VerticalAlignment.CENTER);

    public static final StyleSpec HEADING = PLAIN.withBold().withPoints(11);

    public static final StyleSpec HEADER = PLAIN.withBold().withFill("D9D9D9").withWrap().withBorder(Border.THIN)
            .withAlign(HorizontalAlignment.CENTER).withValign(VerticalAlignment.CENTER);

    public static final StyleSpec CELL = PLAIN.withBorder(Border.THIN).withWrap();

    public StyleSpec withBold() {
        return new StyleSpec(true, italic, points, fill, wrap, border, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withItalic() {
        return new StyleSpec(bold, true, points, fill, wrap, border, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withPoints(int p) {
        return new StyleSpec(bold, italic, p, fill, wrap, border, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withFill(String rgb) {
        return new StyleSpec(bold, italic, points, rgb, wrap, border, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withWrap() {
        return new StyleSpec(bold, italic, points, fill, true, border, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withBorder(Border b) {
        return new StyleSpec(bold, italic, points, fill, wrap, b, leftEdge, align, valign, quote, format);
    }

    public StyleSpec withLeftEdge(Edge e) {
        return new StyleSpec(bold, italic, points, fill, wrap, border, e, align, valign, quote, format);
    }

    public StyleSpec withAlign(HorizontalAlignment a) {
        return new StyleSpec(bold, italic, points, fill, wrap, border, leftEdge, a, valign, quote, format);
    }

    public StyleSpec withValign(VerticalAlignment v) {
        return new StyleSpec(bold, italic, points, fill, wrap, border, leftEdge, align, v, quote, format);
    }

    public StyleSpec withQuote(boolean q) {
        return new StyleSpec(bold, italic, points, fill, wrap, border, leftEdge, align, valign, q, format);
    }

    public StyleSpec withFormat(String f) {
        return new StyleSpec(bold, italic, points, fill, wrap, border, leftEdge, align, valign, quote, f);
    }
}
