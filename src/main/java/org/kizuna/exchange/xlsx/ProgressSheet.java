// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.kizuna.exchange.Lang;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;

/**
 * Sheet 3, 取組状況の診断 / Progress diagnosis, in the layout of the Kobe table: element groups ×
 * periods. A cell lists its initiatives one per line, each {@code ○} + text, then the judgement in
 * full-width brackets as the source writes it ({@code （かなり進展）}); the fill follows the judgement
 * on a colour-blind-safe scale (Okabe–Ito blue for progress, orange for "still insufficient"), and
 * the text says it too, so nothing rests on colour alone. The plan period is set apart by a double
 * line on its left and italics.
 *
 * <p>Above the header row, a row says for each period whether it is actual (実績) or plan (計画)
 * and its years ({@code 計画 2010–}), so the importer can restore the periods exactly.
 */
final class ProgressSheet implements SheetWriter {
    static final int PERIOD_CHARS = 30;
    static final String HEADER_JA = "マネジメント要素";
    static final String HEADER_EN = "Management element";

    /** Fills by judgement: Okabe–Ito sky blue, a light tint of it, and a tint of Okabe–Ito orange. */
    static String fill(Judgement j) {
        if (j == null) {
            return null;
        }
        return switch (j) {
            case CONSIDERABLE -> "56B4E9";
            case PROGRESS -> "C9E6F8";
            case INSUFFICIENT -> "F5C77E";
        };
    }

    @Override
    public String code() {
        return "progress";
    }

    @Override
    public String nameKey() {
        return "sheet.progress";
    }

    /** The text of a progress cell as the sheet writes it: one initiative per line, then the judgement. */
    static String cellText(Lang lang, ProgressCell c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String i : c.initiatives()) {
            lines.add("○" + i);
        }
        if (c.judgement() != null) {
            lines.add(lang.japanese() ? "（" + c.judgement().labelJa() + "）" : "(" + c.judgement().labelEn() + ")");
        }
        return String.join("\n", lines);
    }

    /** The period row's text: 実績/計画 and the years, "実績 –2000", "計画 2010–". */
    static String periodInfo(Lang lang, Period p) {
        String kind = p.plan() ? lang.pick("計画", "plan") : lang.pick("実績", "actual");
        if (p.startYear() == null && p.endYear() == null) {
            return kind;
        }
        return kind + " " + (p.startYear() == null ? "" : p.startYear()) + "–" + (p.endYear() == null ? "" : p.endYear());
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        Project p = ctx.project();
        Lang lang = ctx.lang();
        List<Period> periods = p.periods();
        List<ElementGroup> groups = p.groups();
        int last = Math.max(1, periods.size());
        Widths widths = new Widths();

        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(24);
        ctx.text(title, 0, ctx.label("progress.title"), StyleSpec.TITLE);
        SheetContext.merge(sheet, 0, 0, 0, last);

        int infoRow = r;
        Row info = sheet.createRow(r++);
        StyleSpec infoStyle = StyleSpec.PLAIN.withAlign(HorizontalAlignment.CENTER).withPoints(9);
        for (int i = 0; i < periods.size(); i++) {
            Period per = periods.get(i);
            StyleSpec s = per.plan() ? infoStyle.withItalic().withLeftEdge(StyleSpec.Edge.DOUBLE) : infoStyle;
            ctx.text(info, i + 1, periodInfo(lang, per), s);
        }

        int headerRow = r;
        Row header = sheet.createRow(r++);
        ctx.text(header, 0, lang.pick(HEADER_JA, HEADER_EN), StyleSpec.HEADER);
        widths.see(0, lang.pick(HEADER_JA, HEADER_EN));
        for (int i = 0; i < periods.size(); i++) {
            Period per = periods.get(i);
            StyleSpec s = per.plan() ? StyleSpec.HEADER.withItalic().withFill("EDEDED")
                    .withLeftEdge(StyleSpec.Edge.DOUBLE) : StyleSpec.HEADER;
            ctx.text(header, i + 1, per.name(), s);
        }

        StyleSpec groupStyle = StyleSpec.CELL.withValign(VerticalAlignment.CENTER);
        int groupChars = 0;
        for (ElementGroup g : groups) {
            groupChars = Math.max(groupChars, Widths.width(g.name(lang.japanese())));
        }
        groupChars = Math.max(14, Math.min(24, groupChars + 2));
        for (ElementGroup g : groups) {
            Row row = sheet.createRow(r++);
            String name = g.name(lang.japanese());
            ctx.text(row, 0, name, groupStyle);
            int lines = Widths.lines(name, groupChars);
            for (int i = 0; i < periods.size(); i++) {
                Period per = periods.get(i);
                ProgressCell c = p.progressCell(g.id(), per.id());
                String text = cellText(lang, c);
                StyleSpec s = StyleSpec.CELL;
                if (c != null && c.judgement() != null) {
                    s = s.withFill(fill(c.judgement()));
                }
                if (per.plan()) {
                    s = s.withItalic().withLeftEdge(StyleSpec.Edge.DOUBLE);
                }
                ctx.text(row, i + 1, text, s);
                lines = Math.max(lines, Widths.lines(text, PERIOD_CHARS));
            }
            row.setHeightInPoints(Math.min(409, lines * 13.5f + 4));
        }

        r++;
        Row lh = sheet.createRow(r++);
        ctx.text(lh, 0, ctx.label("progress.legend"), StyleSpec.HEADING);
        for (Judgement j : Judgement.values()) {
            Row row = sheet.createRow(r++);
            ctx.text(row, 0, lang.japanese() ? "（" + j.labelJa() + "）" : "(" + j.labelEn() + ")",
                    StyleSpec.CELL.withFill(fill(j)));
            ctx.text(row, 1, lang.pick(j.labelJa(), j.labelEn()), StyleSpec.PLAIN);
        }
        Row planNote = sheet.createRow(r);
        ctx.text(planNote, 0, null, StyleSpec.CELL.withItalic().withLeftEdge(StyleSpec.Edge.DOUBLE));
        ctx.text(planNote, 1, ctx.label("progress.planNote"), StyleSpec.PLAIN);

        sheet.setColumnWidth(0, Widths.chars(groupChars));
        for (int i = 0; i < periods.size(); i++) {
            sheet.setColumnWidth(i + 1, Widths.chars(PERIOD_CHARS));
        }
        sheet.createFreezePane(1, headerRow + 1);
        ctx.printSetup(sheet, infoRow, headerRow);
    }
}
