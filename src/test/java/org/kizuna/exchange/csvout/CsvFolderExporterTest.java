// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csvout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.MetricRows;
import org.kizuna.exchange.csv.CsvReader;
import org.kizuna.exchange.TextSafety;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class CsvFolderExporterTest {
    @TempDir
    Path dir;

    @Test
    void writesUtf8WithBomAndGuardsFormulas() throws Exception {
        Project p;
        try (ProjectFile pf = ProjectFile.create(dir.resolve("c.kizuna"), "c")) {
            long a = pf.execute(Edits.addActor(Actor.of("=HYPERLINK(\"x\")", "company", true)
                    .withNotes("line1\nline2, \"quoted\""))).createdIds().get(0);
            long b = pf.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true))).createdIds().get(0);
            pf.execute(Edits.addTie(Tie.of(a, b, "joint_research", false).withNotes("-1").withYears(2005, null)));
            p = pf.snapshot();
        }
        List<Path> files = CsvFolderExporter.export(p, dir.resolve("out"), Lang.EN);
        assertEquals(List.of("actors.csv", "ties.csv", "matrix.csv", "progress.csv", "metrics.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        byte[] bytes = Files.readAllBytes(dir.resolve("out/actors.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String actors = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(actors.startsWith("name,kind,kind_label,sector,location,country,inside_region,field,memberships,notes,"
                + "matrix_note,x,y\r\n"), actors);
        assertTrue(actors.contains("\"'=HYPERLINK(\"\"x\"\")\",company,Company,,,,true,,,\"line1\nline2, \"\"quoted\"\"\""),
                actors);
        assertTrue(actors.contains("帯広畜産大学,university"), actors);
        String ties = Files.readString(dir.resolve("out/ties.csv")).substring(1);
        assertTrue(ties.contains("'=HYPERLINK(\"\"x\"\")\",帯広畜産大学,joint_research,Joint research,false,1,2005,,in_region,,'-1"),
                ties);
        assertEquals("=HYPERLINK(\"x\")", TextSafety.fromCsv("'=HYPERLINK(\"x\")"));
        assertEquals("'plain", TextSafety.fromCsv("'plain"));
    }

    @Test
    void matrixAndProgressAreLongForm() throws Exception {
        Path file = dir.resolve("kobe.kizuna");
        SampleProjects.create("kobe", file);
        Project p;
        try (ProjectFile pf = ProjectFile.open(file)) {
            p = pf.snapshot();
        }
        CsvFolderExporter.export(p, dir.resolve("k"), Lang.JA);
        List<String> progress = Files.readAllLines(dir.resolve("k/progress.csv"));
        assertEquals("\uFEFF要素グループ,期間,計画,順番,取組,判定", progress.get(0));
        assertTrue(progress.contains("研究マネジメント、クリティカルマス達成,2006年度～,false,1,分子イメージング拠点,かなり進展"),
                progress.toString());
        int initiatives = p.progress().stream().mapToInt(c -> Math.max(1, c.initiatives().size())).sum();
        assertEquals(initiatives + 1, progress.size());
        List<String> matrix = Files.readAllLines(dir.resolve("k/matrix.csv"));
        assertEquals(p.cells().size() + 1, matrix.size());
    }

    @Test
    void metricsCsvHoldsTheEnginesPerActorFigures() throws Exception {
        Path file = dir.resolve("hokuriku.kizuna");
        SampleProjects.create("hokuriku", file);
        Project p;
        try (ProjectFile pf = ProjectFile.open(file)) {
            p = pf.snapshot();
        }
        CsvFolderExporter.export(p, dir.resolve("h"), Lang.EN);
        List<List<String>> rows = new ArrayList<>();
        for (CsvReader.Record r : CsvReader.read(Files.newBufferedReader(dir.resolve("h/metrics.csv")), "metrics.csv")) {
            rows.add(r.fields());
        }
        assertEquals(MetricRows.headers(Lang.EN), rows.get(0));
        List<ActorFigures> figures = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).actorFigures();
        assertEquals(figures.size() + 1, rows.size());
        List<String> codes = MetricRows.codes();
        for (int i = 0; i < figures.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(figures.get(i).actor().name(), row.get(0));
            for (int k = 0; k < codes.size(); k++) {
                Object expected = MetricRows.value(figures.get(i), codes.get(k));
                String field = row.get(MetricRows.ID_COLUMNS + k);
                if (expected == null) {
                    assertEquals("", field, codes.get(k) + " undefined: empty");
                } else if (expected instanceof Boolean b) {
                    assertEquals(b.toString(), field);
                } else {
                    assertEquals(((Number) expected).doubleValue(), Double.parseDouble(field), 0.0, codes.get(k));
                }
            }
        }
    }
}
