// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.kizuna.analysis.Coverage;
import org.kizuna.exchange.Lang;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;

/**
 * Sheet 2, マネジメント要素 / Management matrix, in the layout of the Tokachi table: a title row,
 * a grouped header row (merged across each group) when the framework has groups, the header row of
 * element names, one row per institution with its cells as the seed prints them ({@code ◎ 畜産}) and
 * its 備考, totals of ◎/○/△ per element, the gaps by {@link Coverage} (no mark; only △), then the findings (① …) whose cells are outlined and
 * filled in the table, and a legend.
 *
 * <p>Rows are the institutions that take part in the matrix: actors with a filled cell, a row note,
 * or a cell a finding points at, in the project's order. (A network of thousands of firms would
 * otherwise print thousands of empty rows.) The header row's first cell is {@code 機関} /
 * {@code Institution}; the importer finds the table by it.
 */
final class MatrixSheet implements SheetWriter {
    static final int ELEMENT_CHARS = 10;
    static final String HEADER_JA = "機関";
    static final String HEADER_EN = "Institution";

    @Override
    public String code() {
        return "matrix";
    }

    @Override
    public String nameKey() {
        return "sheet.matrix";
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        Project p = ctx.project();
        Lang lang = ctx.lang();
        List<Element> elements = p.elements();
        int noteCol = elements.size() + 1;
        Map<Long, Integer> colOf = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            colOf.put(elements.get(i).id(), i + 1);
        }
        Map<Long, Map<Long, MatrixCell>> cells = new HashMap<>();
        for (MatrixCell c : p.cells()) {
            if (!c.isEmpty()) {
                cells.computeIfAbsent(c.actorId(), k -> new HashMap<>()).put(c.elementId(), c);
            }
        }
        Set<CellRef> pointed = new HashSet<>();
        for (Finding f : p.findings()) {
            pointed.addAll(f.cells());
        }
        Set<Long> pointedActors = new HashSet<>();
        for (CellRef r : pointed) {
            pointedActors.add(r.actorId());
        }
        List<Actor> rows = new ArrayList<>();
        for (Actor a : p.actors()) {
            if (cells.containsKey(a.id()) || (a.matrixNote() != null && !a.matrixNote().isBlank())
                    || pointedActors.contains(a.id())) {
                rows.add(a);
            }
        }

        Widths widths = new Widths();
        widths.see(0, ctx.label("matrix.institution"));
        for (Actor a : rows) {
            widths.see(0, a.name());
            widths.see(noteCol, a.matrixNote());
        }
        widths.see(noteCol, ctx.label("matrix.note"));

        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(24);
        ctx.text(title, 0, ctx.label("matrix.title"), StyleSpec.TITLE);

        boolean grouped = elements.stream().anyMatch(e -> e.groupId() != null);
        int firstHeader = r;
        if (grouped) {
            Map<Long, ElementGroup> groups = new HashMap<>();
            for (ElementGroup g : p.groups()) {
                groups.put(g.id(), g);
            }
            Row gr = sheet.createRow(r);
            ctx.text(gr, 0, null, StyleSpec.HEADER);
            ctx.text(gr, noteCol, null, StyleSpec.HEADER);
            int maxLines = 1;
            int i = 0;
            while (i < elements.size()) {
                Long gid = elements.get(i).groupId();
                int j = i;
                while (j + 1 < elements.size() && gid != null && gid.equals(elements.get(j + 1).groupId())) {
                    j++;
                }
                String name = gid == null || groups.get(gid) == null ? null : groups.get(gid).name(lang.japanese());
                for (int k = i; k <= j; k++) {
                    ctx.text(gr, k + 1, k == i ? name : null, StyleSpec.HEADER);
                }
                SheetContext.merge(sheet, r, r, i + 1, j + 1);
                maxLines = Math.max(maxLines, Widths.lines(name, (j - i + 1) * ELEMENT_CHARS));
                i = j + 1;
            }
            gr.setHeightInPoints(maxLines * 13.5f + 4);
            r++;
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        ctx.text(header, 0, ctx.label("matrix.institution"), StyleSpec.HEADER);
        int headerLines = 1;
        for (int i = 0; i < elements.size(); i++) {
            String name = elements.get(i).name(lang.japanese());
            ctx.text(header, i + 1, name, StyleSpec.HEADER);
            headerLines = Math.max(headerLines, Widths.lines(name, ELEMENT_CHARS));
        }
        ctx.text(header, noteCol, ctx.label("matrix.note"), StyleSpec.HEADER);
        header.setHeightInPoints(headerLines * 13.5f + 4);

        StyleSpec nameStyle = StyleSpec.CELL.withValign(VerticalAlignment.CENTER);
        StyleSpec cellStyle = StyleSpec.CELL.withAlign(HorizontalAlignment.CENTER)
                .withValign(VerticalAlignment.CENTER);
        StyleSpec findingStyle = cellStyle.withBorder(StyleSpec.Border.FINDING).withFill(Styles.FINDING_FILL);
        int nameChars = Math.max(12, Math.min(36, widths.of(0) + 2));
        int[][] totals = new int[Mark.values().length][elements.size()];
        for (Actor a : rows) {
            Row row = sheet.createRow(r++);
            ctx.text(row, 0, a.name(), nameStyle);
            int lines = Widths.lines(a.name(), nameChars);
            Map<Long, MatrixCell> mine = cells.getOrDefault(a.id(), Map.of());
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                MatrixCell c = mine.get(e.id());
                String text = c == null ? null : c.display();
                boolean outlined = pointed.contains(new CellRef(a.id(), e.id()));
                ctx.text(row, i + 1, text, outlined ? findingStyle : cellStyle);
                lines = Math.max(lines, Widths.lines(text, ELEMENT_CHARS));
                if (c != null) {
                    for (Mark m : new LinkedHashSet<>(c.marks())) {
                        totals[m.ordinal()][i]++;
                    }
                }
            }
            ctx.text(row, noteCol, a.matrixNote(), nameStyle);
            if (lines > 1) {
                row.setHeightInPoints(lines * 13.5f + 3);
            }
        }

        StyleSpec totalLabel = StyleSpec.CELL.withBold().withFill("EFEFEF");
        StyleSpec totalCell = cellStyle.withFill("EFEFEF");
        for (Mark m : Mark.values()) {
            Row row = sheet.createRow(r++);
            ctx.text(row, 0, ctx.label("matrix.total") + " " + m.symbol(), totalLabel);
            for (int i = 0; i < elements.size(); i++) {
                ctx.number(row, i + 1, totals[m.ordinal()][i], totalCell);
            }
            ctx.text(row, noteCol, null, totalLabel);
        }

        // The gaps, by the one rule of Coverage: no mark, then only △.
        List<String> empty = new ArrayList<>();
        List<String> weakOnly = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Coverage c = Coverage.of(totals[Mark.CORE.ordinal()][i], totals[Mark.CONTRIBUTES.ordinal()][i],
                    totals[Mark.WEAK.ordinal()][i]);
            String name = elements.get(i).name(lang.japanese());
            switch (c) {
                case NONE -> empty.add(name);
                case WEAK_ONLY -> weakOnly.add(name);
                case COVERED -> { }
            }
        }
        int textChars = noteCol * ELEMENT_CHARS;
        if (!rows.isEmpty() && !(empty.isEmpty() && weakOnly.isEmpty())) {
            r++;
            for (Map.Entry<String, List<String>> gap : List.of(Map.entry("matrix.emptyColumn", empty),
                    Map.entry("matrix.weakOnlyColumn", weakOnly))) {
                List<String> names = gap.getValue();
                if (names.isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                String text = ctx.label(gap.getKey()) + lang.pick("：", ": ") + String.join(lang.pick("、", ", "), names);
                ctx.text(row, 0, text, StyleSpec.PLAIN.withWrap());
                SheetContext.merge(sheet, r, r, 0, noteCol);
                row.setHeightInPoints(Widths.lines(text, textChars + nameChars) * 13.5f + 3);
                r++;
            }
        }

        if (!p.findings().isEmpty()) {
            r++;
            Row h = sheet.createRow(r++);
            ctx.text(h, 0, ctx.label("matrix.findings"), StyleSpec.HEADING);
            Map<Long, Element> elementById = new HashMap<>();
            for (Element e : elements) {
                elementById.put(e.id(), e);
            }
            for (Finding f : p.findings()) {
                Row row = sheet.createRow(r);
                ctx.text(row, 0, f.label(), StyleSpec.PLAIN.withAlign(HorizontalAlignment.RIGHT));
                String text = f.text() == null ? "" : f.text();
                List<String> refs = new ArrayList<>();
                for (CellRef ref : f.cells().stream().sorted((x, y) -> x.actorId() != y.actorId()
                        ? Long.compare(x.actorId(), y.actorId()) : Long.compare(x.elementId(), y.elementId())).toList()) {
                    Actor a = ctx.actorsById().get(ref.actorId());
                    Element e = elementById.get(ref.elementId());
                    if (a != null && e != null) {
                        refs.add(a.name() + lang.pick("：", ": ") + e.name(lang.japanese()));
                    }
                }
                if (!refs.isEmpty()) {
                    text = text + "\n→ " + String.join(lang.pick("、", "; "), refs);
                }
                ctx.text(row, 1, text, StyleSpec.PLAIN.withWrap());
                SheetContext.merge(sheet, r, r, 1, noteCol);
                row.setHeightInPoints(Widths.lines(text, textChars) * 13.5f + 3);
                r++;
            }
        }

        r++;
        Row lh = sheet.createRow(r++);
        ctx.text(lh, 0, ctx.label("matrix.legend"), StyleSpec.HEADING);
        StyleSpec symbol = StyleSpec.CELL.withAlign(HorizontalAlignment.CENTER);
        for (Mark m : Mark.values()) {
            Row row = sheet.createRow(r);
            ctx.text(row, 0, String.valueOf(m.symbol()), symbol);
            ctx.text(row, 1, lang.pick(m.labelJa(), m.labelEn()), StyleSpec.PLAIN);
            SheetContext.merge(sheet, r, r, 1, Math.min(noteCol, 4));
            r++;
        }
        Row fl = sheet.createRow(r);
        ctx.text(fl, 0, null, findingStyle);
        ctx.text(fl, 1, ctx.label("matrix.legendFinding"), StyleSpec.PLAIN);
        SheetContext.merge(sheet, r, r, 1, Math.min(noteCol, 4));

        SheetContext.merge(sheet, 0, 0, 0, noteCol);
        sheet.setColumnWidth(0, Widths.chars(nameChars));
        for (int i = 0; i < elements.size(); i++) {
            sheet.setColumnWidth(i + 1, Widths.chars(ELEMENT_CHARS));
        }
        sheet.setColumnWidth(noteCol, Widths.chars(Math.max(10, Math.min(30, widths.of(noteCol) + 2))));
        sheet.createFreezePane(1, headerRow + 1);
        ctx.printSetup(sheet, firstHeader, headerRow);
    }
}
