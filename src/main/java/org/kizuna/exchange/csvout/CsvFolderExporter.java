// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csvout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.MetricRows;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.exchange.TidyRows;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;

/**
 * Writes a project as a folder of CSV files: actors.csv, ties.csv (the tidy tables), metrics.csv (the
 * per-actor figures, as the Actor-metrics sheet), matrix.csv and progress.csv in long form (one filled cell per row: what R and pandas want; the wide layout is
 * the workbook's). All or nothing ({@link SafeWrite.StagingFolder}): the files are written into a
 * staging folder and take their places only when every one is complete.
 */
public final class CsvFolderExporter {
    public static final List<String> FILES = List.of("actors.csv", "ties.csv", "matrix.csv", "progress.csv",
            "metrics.csv");

    private CsvFolderExporter() {
    }

    /** Writes the files into {@code dir} with every figure; returns the files written. */
    public static List<Path> export(Project project, Path dir, Lang lang) {
        return export(project, dir, lang, AnalysisOptions.DEFAULT);
    }

    /**
     * Writes the files into {@code dir} (which may be new; its parent must exist); metrics.csv holds
     * the per-actor figures computed with {@code analysis}. Returns the files written. A failure is
     * an {@link ExchangeException} with the {@link WriteFailure} as its cause.
     */
    public static List<Path> export(Project project, Path dir, Lang lang, AnalysisOptions analysis) {
        try {
            return export(project, dir, lang, analysis, SafeWrite.Guard.NONE);
        } catch (WriteFailure e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }

    /**
     * All or nothing: every file is written and fsynced in a staging folder, and only when all are
     * complete do they take their places; a failure leaves {@code dir} as it was.
     */
    public static List<Path> export(Project project, Path dir, Lang lang, AnalysisOptions analysis,
                                    SafeWrite.Guard guard) throws WriteFailure {
        SafeWrite.checkFolder(dir, guard);
        try (SafeWrite.StagingFolder staging = SafeWrite.StagingFolder.beside(dir)) {
            writeInto(project, staging, lang, analysis);
            return inOrder(staging.commit()).stream().map(f -> dir.resolve(f.getFileName().toString())).toList();
        }
    }

    /** The files written, in the order of {@link #FILES}. */
    public static List<Path> inOrder(List<Path> files) {
        return files.stream().sorted(java.util.Comparator.comparingInt(
                (Path p) -> FILES.indexOf(p.getFileName().toString()))).toList();
    }

    /** Writes every file into a staging folder (the caller commits it). */
    public static void writeInto(Project project, SafeWrite.StagingFolder dir, Lang lang, AnalysisOptions analysis)
            throws WriteFailure {
        Map<Long, Actor> byId = new HashMap<>(project.actors().size() * 2);
        project.actors().forEach(a -> byId.put(a.id(), a));
        TidyRows rows = new TidyRows(project, byId, lang);

        write(dir, "actors.csv", w -> {
            w.row(TidyRows.headers(TidyColumn.Table.ACTORS, lang));
            for (Actor a : project.actors()) {
                w.row(rows.actor(a));
            }
        });
        write(dir, "ties.csv", w -> {
            w.row(TidyRows.headers(TidyColumn.Table.TIES, lang));
            for (Tie t : project.ties()) {
                w.row(rows.tie(t));
            }
        });
        Map<Long, Element> elements = new HashMap<>();
        project.elements().forEach(e -> elements.put(e.id(), e));
        Map<Long, ElementGroup> groups = new HashMap<>();
        project.groups().forEach(g -> groups.put(g.id(), g));
        write(dir, "matrix.csv", w -> {
            w.row(lang.japanese() ? List.of("機関", "要素", "要素グループ", "記号", "注記", "セル")
                    : List.of("actor", "element", "element_group", "marks", "annotation", "cell"));
            for (MatrixCell c : project.cells()) {
                if (c.isEmpty()) {
                    continue;
                }
                Element e = elements.get(c.elementId());
                Actor a = byId.get(c.actorId());
                ElementGroup g = e == null || e.groupId() == null ? null : groups.get(e.groupId());
                List<Object> v = new ArrayList<>();
                v.add(a == null ? null : a.name());
                v.add(e == null ? null : e.name(lang.japanese()));
                v.add(g == null ? null : g.name(lang.japanese()));
                v.add(Mark.symbols(c.marks()));
                v.add(c.annotation());
                v.add(c.display());
                w.row(v);
            }
        });
        Map<Long, Period> periods = new HashMap<>();
        project.periods().forEach(p -> periods.put(p.id(), p));
        write(dir, "progress.csv", w -> {
            w.row(lang.japanese() ? List.of("要素グループ", "期間", "計画", "順番", "取組", "判定")
                    : List.of("element_group", "period", "plan", "position", "initiative", "judgement"));
            for (ProgressCell c : project.progress()) {
                ElementGroup g = groups.get(c.groupId());
                Period p = periods.get(c.periodId());
                String group = g == null ? null : g.name(lang.japanese());
                String period = p == null ? null : p.name();
                Boolean plan = p == null ? null : p.plan();
                Judgement j = c.judgement();
                String judgement = j == null ? null : lang.pick(j.labelJa(), j.code());
                if (c.initiatives().isEmpty()) {
                    w.row(java.util.Arrays.asList(group, period, plan, null, null, judgement));
                }
                for (int i = 0; i < c.initiatives().size(); i++) {
                    w.row(java.util.Arrays.asList(group, period, plan, i + 1, c.initiatives().get(i), judgement));
                }
            }
        });
        DiagnosisReport report = ClusterDiagnosis.analyze(project, NetworkFilter.ALL, analysis);
        write(dir, "metrics.csv", w -> {
            w.row(MetricRows.headers(lang));
            for (ActorFigures f : report.actorFigures()) {
                w.row(MetricRows.row(f, lang));
            }
        });
    }

    /** Writes one file's rows. */
    @FunctionalInterface
    public interface Rows {
        void write(CsvWriter w) throws IOException;
    }

    /** Writes {@code name} into the staging folder. */
    private static void write(SafeWrite.StagingFolder dir, String name, Rows rows) throws WriteFailure {
        // an interrupted export (Cancel in the export dialog) stops between files
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("export cancelled");
        }
        dir.write(name, os -> {
            CsvWriter w = new CsvWriter(os);
            rows.write(w);
            w.flush();
        });
    }
}
