// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.kizuna.analysis.FujitaAssessor;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.MetricDefinitions;
import org.kizuna.model.FujitaAxis;

/**
 * Sheet 4, 藤田モデル評価 / Fujita evaluation: the four axes of the Fujita model, each with the
 * figures behind it (one row per figure), the rating on the engine's scale (3 strong, 2 moderate,
 * 1 weak, empty = not assessable) as a number and a word, and the written assessment: the user's own
 * from the profile when there is one, else the engine's generated sentence, and a column saying which
 * it is. The axis, rating and assessment cells are merged down the axis's figure rows. Ratings are
 * filled on the same colour-blind-safe scale as the progress judgements; the word carries the meaning.
 */
final class FujitaSheet implements SheetWriter {
    static final int COLUMNS = 7;
    static final int ASSESSMENT_CHARS = 60;
    static final int FIGURE_CHARS = 30;
    /** Row of the column headers (0-based). */
    static final int HEADER_ROW = 3;

    @Override
    public boolean needsDiagnosis() {
        return true;
    }

    @Override
    public String code() {
        return "fujita";
    }

    @Override
    public String nameKey() {
        return "sheet.fujita";
    }

    /** The fill of a rating, or null. */
    static String fill(Integer rating) {
        if (rating == null) {
            return null;
        }
        return switch (rating) {
            case 3 -> "56B4E9";
            case 2 -> "C9E6F8";
            default -> "F5C77E";
        };
    }

    static String propositions(FujitaAxis axis, Lang lang) {
        return switch (axis) {
            case IN_REGION -> lang.pick("命題1・5", "propositions 1, 5");
            case DOMESTIC, INTERNATIONAL -> lang.pick("命題4", "proposition 4");
            case GOVERNANCE -> lang.pick("命題2・3", "propositions 2, 3");
        };
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        Lang lang = ctx.lang();
        List<FujitaAssessor.AxisAssessment> axes = ctx.diagnosis().fujita();
        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(24);
        ctx.text(title, 0, ctx.label("fujita.title"), StyleSpec.TITLE);
        SheetContext.merge(sheet, 0, 0, 0, COLUMNS - 1);
        Row scale = sheet.createRow(r++);
        String scaleText = ctx.label("fujita.scale");
        ctx.text(scale, 0, scaleText, StyleSpec.PLAIN.withWrap());
        SheetContext.merge(sheet, 1, 1, 0, COLUMNS - 1);
        scale.setHeightInPoints(Widths.lines(scaleText, 16 + FIGURE_CHARS + 12 + 6 + 10 + ASSESSMENT_CHARS + 16)
                * 13.5f + 3);
        r++;
        Row header = sheet.createRow(r++);
        String[] keys = {"fujita.axis", "fujita.figure", "fujita.value", "fujita.rating", "fujita.ratingWord",
            "fujita.assessment", "fujita.source"};
        for (int i = 0; i < keys.length; i++) {
            ctx.text(header, i, ctx.label(keys[i]), StyleSpec.HEADER);
        }
        header.setHeightInPoints(20);

        StyleSpec axisStyle = StyleSpec.CELL.withBold().withValign(VerticalAlignment.CENTER);
        StyleSpec figureStyle = StyleSpec.CELL;
        StyleSpec textValue = StyleSpec.CELL.withAlign(HorizontalAlignment.RIGHT);
        StyleSpec assessment = StyleSpec.CELL.withValign(VerticalAlignment.CENTER);
        int valueChars = 12;
        for (FujitaAssessor.AxisAssessment ax : axes) {
            int first = r;
            List<Map.Entry<String, Object>> figures = new ArrayList<>(ax.figures().entrySet());
            String user = ax.userAssessment() == null || ax.userAssessment().isBlank() ? null : ax.userAssessment();
            String text = user != null ? user : lang.pick(ax.generatedJa(), ax.generatedEn());
            String source = ctx.label(user != null ? "fujita.byUser" : "fujita.generated");
            String fill = fill(ax.rating());
            StyleSpec ratingStyle = StyleSpec.CELL.withAlign(HorizontalAlignment.CENTER)
                    .withValign(VerticalAlignment.CENTER).withBold().withFill(fill);
            int rows = Math.max(1, figures.size());
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(r++);
                if (i == 0) {
                    String en = ax.axis().labelEn();
                    String label = lang.pick(ax.axis().labelJa(), Character.toUpperCase(en.charAt(0)) + en.substring(1));
                    ctx.text(row, 0, label + lang.pick("\n（", "\n(") + propositions(ax.axis(), lang)
                            + lang.pick("）", ")"), axisStyle);
                    ctx.number(row, 3, ax.rating(), ratingStyle.withFormat("0"));
                    String word = ax.rating() == null ? ctx.label("fujita.notAssessable")
                            : lang.pick(ax.ratingLabelJa(), ax.ratingLabelEn());
                    ctx.text(row, 4, word, ratingStyle);
                    ctx.text(row, 5, text, assessment);
                    ctx.text(row, 6, source, assessment.withAlign(HorizontalAlignment.CENTER));
                } else {
                    // merged cells keep their borders only where a cell exists
                    for (int c : new int[] {0, 3, 4, 5, 6}) {
                        ctx.text(row, c, null, c == 3 || c == 4 ? ratingStyle : assessment);
                    }
                }
                if (i < figures.size()) {
                    Map.Entry<String, Object> f = figures.get(i);
                    MetricDefinitions.Definition d = MetricDefinitions.get(MetricDefinitions.Section.NETWORK, f.getKey());
                    ctx.text(row, 1, d == null ? f.getKey() : d.name(lang), figureStyle);
                    Object v = f.getValue();
                    if (v instanceof Double x) {
                        String format = f.getKey().endsWith("share") ? "0.0%" : "0.00";
                        ctx.number(row, 2, Double.isNaN(x) || Double.isInfinite(x) ? null : x,
                                figureStyle.withFormat(format));
                    } else if (v instanceof Number n) {
                        ctx.number(row, 2, n, figureStyle.withFormat("#,##0"));
                    } else if (v instanceof Boolean b) {
                        ctx.text(row, 2, ctx.label(b ? "fujita.yes" : "fujita.no"), textValue);
                    } else {
                        ctx.text(row, 2, v == null ? null : v.toString(), textValue);
                        if (v != null) {
                            valueChars = Math.max(valueChars, Math.min(40, Widths.width(v.toString()) + 2));
                        }
                    }
                } else {
                    ctx.text(row, 1, null, figureStyle);
                    ctx.text(row, 2, null, figureStyle);
                }
            }
            int last = r - 1;
            for (int c : new int[] {0, 3, 4, 5, 6}) {
                SheetContext.merge(sheet, first, last, c, c);
            }
            // the merged assessment needs as many lines as it has; spread them over the axis's rows
            int lines = Math.max(Widths.lines(text, ASSESSMENT_CHARS), 2);
            float perRow = Math.max(15f, (lines * 13.5f + 6) / rows);
            for (int i = first; i <= last; i++) {
                sheet.getRow(i).setHeightInPoints(perRow);
            }
        }

        r++;
        Row note = sheet.createRow(r);
        String noteText = ctx.label("fujita.note");
        ctx.text(note, 0, noteText, StyleSpec.PLAIN.withWrap());
        SheetContext.merge(sheet, r, r, 0, COLUMNS - 1);
        note.setHeightInPoints(Widths.lines(noteText, 150) * 13.5f + 3);

        int[] widths = {16, FIGURE_CHARS, valueChars, 6, 11, ASSESSMENT_CHARS, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Widths.chars(widths[i]));
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        ctx.printSetup(sheet, HEADER_ROW, HEADER_ROW);
    }
}
