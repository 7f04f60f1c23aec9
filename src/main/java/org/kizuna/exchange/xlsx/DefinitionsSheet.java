// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.MetricDefinitions;

/**
 * Sheet 8, 定義 / Definitions: every figure the workbook shows, its formula in words, the view of the
 * network it is computed on and its reference, from {@link MetricDefinitions} (the text of
 * docs/metrics.md), in sections; then the references in full.
 */
final class DefinitionsSheet implements SheetWriter {
    static final int[] WIDTHS = {26, 26, 70, 22, 28};
    static final int HEADER_ROW = 2;

    @Override
    public String code() {
        return "definitions";
    }

    @Override
    public String nameKey() {
        return "sheet.definitions";
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        Lang lang = ctx.lang();
        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(24);
        ctx.text(title, 0, ctx.label("definitions.title"), StyleSpec.TITLE);
        SheetContext.merge(sheet, 0, 0, 0, WIDTHS.length - 1);
        r++;
        Row header = sheet.createRow(r++);
        String[] keys = {"definitions.name", "definitions.code", "definitions.formula", "definitions.view",
            "definitions.reference"};
        for (int i = 0; i < keys.length; i++) {
            ctx.text(header, i, ctx.label(keys[i]), StyleSpec.HEADER);
        }
        StyleSpec cell = StyleSpec.CELL;
        StyleSpec name = StyleSpec.CELL.withBold();
        for (MetricDefinitions.Section section : MetricDefinitions.Section.values()) {
            Row h = sheet.createRow(r);
            ctx.text(h, 0, section.title(lang), StyleSpec.HEADING.withFill("EFEFEF"));
            for (int i = 1; i < WIDTHS.length; i++) {
                ctx.text(h, i, null, StyleSpec.HEADING.withFill("EFEFEF"));
            }
            SheetContext.merge(sheet, r, r, 0, WIDTHS.length - 1);
            h.setHeightInPoints(18);
            r++;
            for (MetricDefinitions.Definition d : MetricDefinitions.of(section)) {
                Row row = sheet.createRow(r++);
                ctx.text(row, 0, d.name(lang), name);
                ctx.text(row, 1, d.code(), cell);
                ctx.text(row, 2, d.formula(lang), cell);
                ctx.text(row, 3, d.view(lang), cell);
                ctx.text(row, 4, d.reference(), cell);
                int lines = Math.max(Widths.lines(d.formula(lang), WIDTHS[2]),
                        Math.max(Widths.lines(d.reference(), WIDTHS[4]), Widths.lines(d.view(lang), WIDTHS[3])));
                row.setHeightInPoints(lines * 13.5f + 3);
            }
        }
        r++;
        Row refs = sheet.createRow(r++);
        ctx.text(refs, 0, ctx.label("definitions.references"), StyleSpec.HEADING);
        for (String ref : MetricDefinitions.REFERENCES) {
            Row row = sheet.createRow(r);
            ctx.text(row, 0, ref, StyleSpec.PLAIN.withWrap());
            SheetContext.merge(sheet, r, r, 0, WIDTHS.length - 1);
            int total = 0;
            for (int w : WIDTHS) {
                total += w;
            }
            row.setHeightInPoints(Widths.lines(ref, total) * 13.5f + 3);
            r++;
        }
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, Widths.chars(WIDTHS[i]));
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        ctx.printSetup(sheet, HEADER_ROW, HEADER_ROW);
    }
}
