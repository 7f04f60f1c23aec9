// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's styles, one per distinct {@link StyleSpec}, all in one font family.
 *
 * <p>The font is named, not embedded: Excel resolves "Yu Gothic" (游ゴシック) on Windows and macOS;
 * the Shift_JIS character set flag tells Excel and LibreOffice to substitute another Japanese font
 * (Meiryo, MS PGothic, IPAexGothic, Noto Sans CJK) where it is missing, rather than a Latin one.
 */
public final class Styles {
    /** Okabe–Ito vermillion: the outline of cells a finding points at. */
    public static final String FINDING_OUTLINE = "D55E00";
    /** A light tint of Okabe–Ito yellow: the fill of cells a finding points at. */
    public static final String FINDING_FILL = "FFF3B0";

    private static final int SHIFT_JIS_CHARSET = 128;

    private final XSSFWorkbook workbook;
    private final String fontName;
    private final Map<StyleSpec, CellStyle> styles = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    public Styles(XSSFWorkbook workbook, String fontName) {
        this.workbook = workbook;
        this.fontName = fontName;
        // The first font is the workbook's default ("Normal" style): empty cells and row heights use it.
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(fontName);
        normal.setFontHeightInPoints((short) 10);
        normal.setCharSet(SHIFT_JIS_CHARSET);
    }

    public String fontName() {
        return fontName;
    }

    public CellStyle get(StyleSpec spec) {
        return styles.computeIfAbsent(spec, this::create);
    }

    /** The style of {@code spec} with its quote-prefix flag set to {@code quote}: what every text cell asks for. */
    public CellStyle get(StyleSpec spec, boolean quote) {
        return get(spec.withQuote(quote));
    }

    private CellStyle create(StyleSpec s) {
        XSSFCellStyle cs = (XSSFCellStyle) workbook.createCellStyle();
        cs.setFont(font(s.bold(), s.italic(), s.points()));
        if (s.fill() != null) {
            cs.setFillForegroundColor(color(s.fill()));
            cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        cs.setWrapText(s.wrap());
        cs.setAlignment(s.align());
        cs.setVerticalAlignment(s.valign());
        cs.setQuotePrefixed(s.quote());
        switch (s.border()) {
            case THIN -> {
                cs.setBorderTop(BorderStyle.THIN);
                cs.setBorderBottom(BorderStyle.THIN);
                cs.setBorderLeft(BorderStyle.THIN);
                cs.setBorderRight(BorderStyle.THIN);
            }
            case FINDING -> {
                XSSFColor outline = color(FINDING_OUTLINE);
                cs.setBorderTop(BorderStyle.THICK);
                cs.setBorderBottom(BorderStyle.THICK);
                cs.setBorderLeft(BorderStyle.THICK);
                cs.setBorderRight(BorderStyle.THICK);
                cs.setTopBorderColor(outline);
                cs.setBottomBorderColor(outline);
                cs.setLeftBorderColor(outline);
                cs.setRightBorderColor(outline);
            }
            case NONE -> {
                // no border
            }
        }
        if (s.leftEdge() == StyleSpec.Edge.DOUBLE) {
            cs.setBorderLeft(BorderStyle.DOUBLE);
        }
        if (s.format() != null) {
            cs.setDataFormat(workbook.createDataFormat().getFormat(s.format()));
        }
        return cs;
    }

    private XSSFFont font(boolean bold, boolean italic, int points) {
        String key = bold + "/" + italic + "/" + points;
        return fonts.computeIfAbsent(key, k -> {
            XSSFFont f = (XSSFFont) workbook.createFont();
            f.setFontName(fontName);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            f.setCharSet(SHIFT_JIS_CHARSET);
            return f;
        });
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }
}
