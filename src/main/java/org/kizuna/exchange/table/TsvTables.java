// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.Kind;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * A project's tables as tab-separated text with one header row, in Japanese as the seeds print them.
 * The matrix and the progress diagnosis keep exactly the seed tables' layout, so the sample projects
 * reproduce the transcribed fixtures byte for byte.
 */
public final class TsvTables {
    private TsvTables() {
    }

    public static String render(Project project, TableKind table) {
        return switch (table) {
            case MATRIX -> matrix(project);
            case PROGRESS -> progress(project);
            case FINDINGS -> findings(project);
            case ACTORS -> actors(project);
            case TIES -> ties(project);
        };
    }

    /** Header 機関, the element names, 備考; one row per actor; a cell as {@link MatrixCell#display()}. */
    public static String matrix(Project p) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("機関");
        for (Element e : p.elements()) {
            header.add(e.nameJa());
        }
        header.add("備考");
        Tsv.row(out, header);
        Map<List<Long>, MatrixCell> cells = new HashMap<>();
        for (MatrixCell c : p.cells()) {
            cells.put(List.of(c.actorId(), c.elementId()), c);
        }
        for (Actor a : p.actors()) {
            List<String> row = new ArrayList<>();
            row.add(a.name());
            for (Element e : p.elements()) {
                MatrixCell c = cells.get(List.of(a.id(), e.id()));
                row.add(c == null ? "" : c.display());
            }
            row.add(a.matrixNote());
            Tsv.row(out, row);
        }
        return out.toString();
    }

    /** Header マネジメント要素 and the period names; one row per element group; cells as {@link ProgressText}. */
    public static String progress(Project p) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("マネジメント要素");
        for (Period period : p.periods()) {
            header.add(period.name());
        }
        Tsv.row(out, header);
        for (ElementGroup g : p.groups()) {
            List<String> row = new ArrayList<>();
            row.add(g.nameJa());
            for (Period period : p.periods()) {
                ProgressCell c = p.progressCell(g.id(), period.id());
                row.add(c == null ? "" : ProgressText.format(c.initiatives(), c.judgement()));
            }
            Tsv.row(out, row);
        }
        return out.toString();
    }

    /** Header 番号, 課題, 対応するマトリクス; linked cells as "機関×要素", in matrix order, joined by "; ". */
    public static String findings(Project p) {
        StringBuilder out = new StringBuilder();
        Tsv.row(out, List.of("番号", "課題", "対応するマトリクス"));
        Map<Long, Integer> actorOrder = new HashMap<>();
        for (int i = 0; i < p.actors().size(); i++) {
            actorOrder.put(p.actors().get(i).id(), i);
        }
        Map<Long, Element> elements = new HashMap<>();
        Map<Long, Integer> elementOrder = new HashMap<>();
        for (int i = 0; i < p.elements().size(); i++) {
            elements.put(p.elements().get(i).id(), p.elements().get(i));
            elementOrder.put(p.elements().get(i).id(), i);
        }
        Comparator<CellRef> matrixOrder = Comparator
                .comparing((CellRef r) -> actorOrder.getOrDefault(r.actorId(), Integer.MAX_VALUE))
                .thenComparing(r -> elementOrder.getOrDefault(r.elementId(), Integer.MAX_VALUE));
        for (Finding f : p.findings()) {
            List<String> links = new ArrayList<>();
            for (CellRef r : f.cells().stream().sorted(matrixOrder).toList()) {
                Actor a = p.actor(r.actorId());
                Element e = elements.get(r.elementId());
                links.add((a == null ? "#" + r.actorId() : a.name()) + "×"
                        + (e == null ? "#" + r.elementId() : e.nameJa()));
            }
            Tsv.row(out, List.of(f.label(), f.text(), String.join("; ", links)));
        }
        return out.toString();
    }

    /** One row per actor: name, kind, sector (産学官金), location, country, inside the region, field, memberships, notes. */
    public static String actors(Project p) {
        StringBuilder out = new StringBuilder();
        Tsv.row(out, List.of("名称", "種類", "産学官金", "所在地", "国", "域内", "分野", "加入団体", "メモ"));
        for (Actor a : p.actors()) {
            Tsv.row(out, List.of(a.name(), label(p.actorKinds(), a.kind()),
                    a.sector() == null ? "" : a.sector().labelJa(), nz(a.location()), nz(a.country()),
                    yesNo(a.insideRegion()), nz(a.field()), String.join("; ", a.memberships()), nz(a.notes())));
        }
        return out.toString();
    }

    /** One row per tie: both ends by name, kind, directed, strength, start and end year, scope, notes. */
    public static String ties(Project p) {
        StringBuilder out = new StringBuilder();
        Tsv.row(out, List.of("始点", "終点", "種類", "有向", "強さ", "開始年", "終了年", "範囲", "メモ"));
        Map<Long, Actor> byId = p.actorsById();
        for (Tie t : p.ties()) {
            Actor s = byId.get(t.sourceId());
            Actor d = byId.get(t.targetId());
            Tsv.row(out, List.of(s == null ? "#" + t.sourceId() : s.name(), d == null ? "#" + t.targetId() : d.name(),
                    label(p.tieKinds(), t.kind()), yesNo(t.directed()), number(t.strength()),
                    t.startYear() == null ? "" : t.startYear().toString(),
                    t.endYear() == null ? "" : t.endYear().toString(),
                    s == null || d == null ? "" : p.scopeOf(t).labelJa(), nz(t.notes())));
        }
        return out.toString();
    }

    private static String label(List<Kind> kinds, String code) {
        for (Kind k : kinds) {
            if (k.code().equals(code)) {
                return k.labelJa();
            }
        }
        return nz(code);
    }

    private static String yesNo(boolean b) {
        return b ? "はい" : "いいえ";
    }

    /** 2.0 → "2", 1.5 → "1.5". */
    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
