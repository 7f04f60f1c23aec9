// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.kizuna.analysis.LifeCycleAdvisor;
import org.kizuna.analysis.Typology;
import org.kizuna.exchange.Labels;
import org.kizuna.exchange.Lang;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.model.Project;

/**
 * Sheet 1, 概要 / Summary: the cluster profile (type with its support style, life-cycle stage,
 * governance type, the five management viewpoints), counts, export date and version. A label
 * column and a value column; section headings in bold. A type or stage the user has not chosen is
 * filled with the analysis engine's suggestion (typology from the answers, life-cycle stage from the
 * figures with its reasons), marked （提案） / (suggested).
 */
final class SummarySheet implements SheetWriter {
    private static final int VALUE_CHARS = 70;

    @Override
    public boolean needsDiagnosis() {
        return true;
    }

    @Override
    public String code() {
        return "summary";
    }

    @Override
    public String nameKey() {
        return "sheet.summary";
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        Project p = ctx.project();
        ClusterProfile prof = p.profile();
        Lang lang = ctx.lang();
        Writer w = new Writer(ctx, sheet);
        Row title = sheet.createRow(w.row++);
        title.setHeightInPoints(24);
        ctx.text(title, 0, ctx.label("summary.title"), StyleSpec.TITLE);
        w.row++;

        w.heading("summary.profile");
        w.pair("summary.name", prof.name());
        w.pair("summary.region", prof.region());
        w.pair("summary.field", prof.field());
        w.pair("summary.description", prof.description());
        w.pair("summary.nationalNovelty", novelty(lang, prof.nationalNovelty()));
        w.pair("summary.regionalNovelty", novelty(lang, prof.regionalNovelty()));
        ClusterType type = prof.clusterType();
        if (type != null) {
            w.pair("summary.type", lang.pick(type.labelJa(), type.labelEn()) + " " + ctx.label("summary.chosen"));
            w.pair("summary.support", Labels.supportStyle(lang, type));
        } else {
            // the engine's suggestion from the typology answers, marked as such
            Typology.TypologyResult t = ctx.diagnosis().typology();
            ClusterType suggested = t.suggested();
            if (suggested != null) {
                w.pair("summary.type", lang.pick(suggested.labelJa(), suggested.labelEn()) + " "
                        + ctx.label("summary.suggested"));
                w.pair("summary.support", Labels.supportStyle(lang, suggested) + " " + ctx.label("summary.suggested"));
            } else {
                w.pair("summary.type", ctx.label("summary.notSet"));
                w.pair("summary.support", ctx.label("summary.notSet"));
                if (!t.candidates().isEmpty() && t.candidates().size() < ClusterType.values().length) {
                    w.pair("summary.candidates", String.join(lang.pick("、", ", "), t.candidates().stream()
                            .map(c -> lang.pick(c.labelJa(), c.labelEn())).toList()) + " " + ctx.label("summary.suggested"));
                }
            }
            String note = lang.pick(t.noteJa(), t.noteEn());
            if (note != null) {
                w.pair("summary.typologyNote", note);
            }
        }
        LifeCycleStage stage = prof.stage();
        if (stage != null) {
            w.pair("summary.stage", lang.pick(stage.labelJa(), stage.labelEn()) + " " + ctx.label("summary.chosen"));
        } else {
            LifeCycleAdvisor.LifeCycleSuggestion life = ctx.diagnosis().lifecycle();
            LifeCycleStage s = life.suggested();
            w.pair("summary.stage", lang.pick(s.labelJa(), s.labelEn()) + " " + ctx.label("summary.suggested"));
            List<String> reasons = new ArrayList<>();
            for (LifeCycleAdvisor.Reason reason : life.reasons()) {
                reasons.add((reason.met() ? "✓ " : "・") + lang.pick(reason.textJa(), reason.textEn()));
            }
            w.pair("summary.stageReasons", String.join("\n", reasons));
        }
        GovernanceType gov = prof.governance();
        w.pair("summary.governance", gov == null ? ctx.label("summary.notSet") : lang.pick(gov.labelJa(), gov.labelEn()));
        w.row++;

        w.heading("summary.viewpoints");
        ClusterProfile.ManagementViewpoints v = prof.viewpoints();
        w.pair("summary.vision", v.vision());
        w.pair("summary.mission", v.mission());
        w.pair("summary.policy", v.policy());
        w.pair("summary.goals", v.goals());
        w.pair("summary.people", v.managementPeople());
        w.row++;

        w.heading("summary.counts");
        w.count("summary.actors", p.actors().size());
        w.count("summary.ties", p.ties().size());
        w.count("summary.groups", p.groups().size());
        w.count("summary.elements", p.elements().size());
        w.count("summary.cells", p.cells().stream().filter(c -> !c.isEmpty()).count());
        w.count("summary.periods", p.periods().size());
        w.count("summary.progress", p.progress().stream().filter(c -> !c.isEmpty()).count());
        w.count("summary.findings", p.findings().size());
        w.row++;

        w.heading("summary.export");
        w.pair("summary.date", ctx.options().date().toString());
        w.pair("summary.version", ctx.options().version());
        w.pair("summary.sheets", String.join(lang.pick("、", ", "), ctx.sheetNames()));

        w.widths.apply(sheet, 12, 40);
        sheet.setColumnWidth(1, Widths.chars(VALUE_CHARS));
        ctx.printSetup(sheet, -1, -1);
    }

    private static String novelty(Lang lang, Novelty n) {
        return n == null ? null : lang.pick(n.labelJa(), n.labelEn());
    }

    /** Writes label/value rows one after another. */
    private static final class Writer {
        final SheetContext ctx;
        final Sheet sheet;
        final Widths widths = new Widths();
        int row;

        Writer(SheetContext ctx, Sheet sheet) {
            this.ctx = ctx;
            this.sheet = sheet;
        }

        void heading(String key) {
            Row r = sheet.createRow(row++);
            ctx.text(r, 0, ctx.label(key), StyleSpec.HEADING);
        }

        void pair(String key, String value) {
            Row r = sheet.createRow(row++);
            String label = ctx.label(key);
            ctx.text(r, 0, label, StyleSpec.CELL.withBold().withFill("EFEFEF"));
            ctx.text(r, 1, value, StyleSpec.CELL);
            widths.see(0, label);
            int lines = Widths.lines(value, VALUE_CHARS);
            if (lines > 1) {
                r.setHeightInPoints(Math.min(409, lines * 13.5f + 3));
            }
        }

        void count(String key, long n) {
            Row r = sheet.createRow(row++);
            String label = ctx.label(key);
            ctx.text(r, 0, label, StyleSpec.CELL.withBold().withFill("EFEFEF"));
            ctx.number(r, 1, n, StyleSpec.CELL.withAlign(HorizontalAlignment.LEFT).withFormat("#,##0"));
            widths.see(0, label);
        }
    }
}
