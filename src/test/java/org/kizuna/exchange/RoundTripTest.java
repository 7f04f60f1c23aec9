// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.csv.CsvNetworkImporter;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.graph.GraphMlImporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.exchange.xlsx.WorkbookImporter;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;

/**
 * Kizuna re-imports its own exports: a generated network is exported (CSV folder, xlsx, GraphML),
 * imported into an empty project, and the actors and ties come back the same (names, kinds,
 * attributes, directions, years, scope, strength), with every actor created by the import. The
 * sizes straddle the inserts' statements of 100 rows (100, 101) and the tie-index rebuild (50k).
 */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String format : List.of("csv", "csv-ties-only", "xlsx", "graphml")) {
            for (int ties : new int[] {10, 100, 101, 1_000, 10_000, 50_000}) {
                out.add(Arguments.of(format, ties));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} ties")
    @MethodSource("cases")
    void anExportComesBackTheSame(String format, int tieCount) throws Exception {
        Path original = dir.resolve("original.kizuna");
        Project source;
        try (ProjectFile pf = ProjectFile.create(original, "original")) {
            pf.execute(new ImportNetworkCommand(EditDescription.of("import", "generated"), actors(tieCount),
                    ties(tieCount)));
            source = pf.snapshot();
        }
        Lang lang = tieCount % 2 == 1 ? Lang.JA : Lang.EN;
        Path copy = dir.resolve("copy.kizuna");
        try (ProjectFile pf = ProjectFile.create(copy, "copy")) {
            switch (format) {
                case "csv", "csv-ties-only" -> {
                    Path folder = dir.resolve("csv");
                    // path figures of a large network take long and metrics.csv is not read back
                    CsvFolderExporter.export(source, folder, lang,
                            tieCount > 1_000 ? AnalysisOptions.FAST : AnalysisOptions.DEFAULT);
                    CsvNetworkImporter.importFiles(pf, folder.resolve("ties.csv"),
                            format.equals("csv") ? folder.resolve("actors.csv") : null);
                }
                case "xlsx" -> {
                    Path xlsx = dir.resolve("out.xlsx");
                    ExportOptions options = ExportOptions.defaults(lang);
                    // the figures sheets of a large network take long and are not read back
                    WorkbookExporter.export(source, xlsx,
                            tieCount > 1_000 ? options.withSheets(List.of("actors", "ties")) : options);
                    WorkbookImporter.importInto(pf, xlsx, new ImportOptions(false, false));
                }
                case "graphml" -> {
                    Path graphml = dir.resolve("out.graphml");
                    GraphExporter.graphMl(source, graphml);
                    GraphMlImporter.importInto(pf, graphml, new ImportOptions(false, false));
                }
                default -> throw new IllegalArgumentException(format);
            }
            Project imported = pf.snapshot();
            if (format.equals("csv-ties-only")) {
                // the actors come from the ties: names only, kind "other", inside the region
                assertEquals(sorted(source.actors().stream().map(Actor::name).toList()),
                        sorted(imported.actors().stream().map(Actor::name).toList()));
                assertEquals(List.of("other"), imported.actors().stream().map(Actor::kind).distinct().toList());
            } else {
                assertEquals(sorted(ProjectComparison.actors(source)), sorted(ProjectComparison.actors(imported)));
            }
            assertEquals(sorted(ProjectComparison.ties(source)), sorted(ProjectComparison.ties(imported)));
            assertEquals(source.ties().size(), imported.ties().size());
        }
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(null);
        return out;
    }

    /** Actors enough that every one is a tie's source (so a ties-only import names them all). */
    static int actorCount(int ties) {
        return Math.max(2, ties * 85 / 100);
    }

    static List<Actor> actors(int ties) {
        int n = actorCount(ties);
        Sector[] sectors = Sector.values();
        List<Actor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = switch (i % 5) {
                case 0 -> "主体" + i;
                case 1 -> "Org, \"" + i + "\" & <Co>";
                case 2 -> "actor " + i;
                case 3 -> "株式会社　" + i + "号";
                default -> "a;" + i + "'x'";
            };
            String kind = Vocabulary.ACTOR_KINDS.get(i % Vocabulary.ACTOR_KINDS.size()).code();
            String country = i % 7 == 3 ? "USA" : null;
            out.add(new Actor(0, name, kind, i % 6 == 5 ? null : sectors[i % sectors.length],
                    i % 3 == 0 ? null : "帯広市 " + i, country, country == null && i % 4 != 1,
                    i % 2 == 0 ? "bio" : null, i % 3 == 1 ? List.of("club " + i % 4, "会 " + i % 3) : List.of(),
                    i % 4 == 2 ? "note " + i + "\nsecond line\twith tab" : null,
                    i % 9 == 4 ? "備考 " + i : null,
                    i % 2 == 1 ? i * 1.5 : null, i % 2 == 1 ? -i * 0.25 : null));
        }
        return out;
    }

    static List<Tie> ties(int ties) {
        int n = actorCount(ties);
        Scope[] scopes = Scope.values();
        List<Tie> out = new ArrayList<>(ties);
        for (int i = 0; i < ties; i++) {
            int s = i % n;
            int t = (s + 1 + (i * 7 + i / n) % (n - 1)) % n;
            String kind = Vocabulary.TIE_KINDS.get(i % Vocabulary.TIE_KINDS.size()).code();
            Integer start = i % 3 == 0 ? null : 1990 + i % 30;
            Integer end = start == null || i % 2 == 0 ? null : start + i % 5;
            out.add(new Tie(0, -(s + 1L), -(t + 1L), kind, i % 2 == 0, i % 4 == 0 ? 1.0 : 0.5 + i % 9,
                    start, end, i % 5 == 0 ? scopes[i % scopes.length] : null,
                    i % 6 == 1 ? "tie note " + i + "\nline two" : null));
        }
        return out;
    }
}
