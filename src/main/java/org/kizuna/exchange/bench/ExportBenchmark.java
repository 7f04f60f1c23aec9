// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;

/**
 * The export benchmark (docs/performance.md, "Export and import"): builds a synthetic project of
 * N actors and M ties (seeded, so every run writes the same cells) with the 13-element matrix
 * filled for a few hundred institutions, then times the whole workbook export and samples the
 * heap while it runs. Usage: {@code ExportBenchmark DIR [actors] [ties] [runs]}; it leaves
 * {@code DIR/bench.kizuna} and {@code DIR/bench.xlsx} for the openpyxl comparison.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int ties = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Files.createDirectories(dir);
        Path file = dir.resolve("bench.kizuna");
        Files.deleteIfExists(file);
        long t0 = System.nanoTime();
        Project p = build(file, actors, ties);
        System.out.printf("built %,d actors, %,d ties, %,d matrix cells in %.1f s%n", p.actors().size(), p.ties().size(),
                p.cells().size(), (System.nanoTime() - t0) / 1e9);
        Path xlsx = dir.resolve("bench.xlsx");
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int run = 1; run <= runs; run++) { // runs = 0: build and write CSV only
            System.gc();
            long base = mem.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(base);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            WorkbookExporter.export(p, xlsx, ExportOptions.defaults(Lang.JA));
            double secs = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.out.printf("run %d: xlsx (all sheets) %.2f s, %,d bytes, heap peak %.0f MB above %.0f MB baseline%n",
                    run, secs, Files.size(xlsx), (peak.get() - base) / 1e6, base / 1e6);
        }
        long start = System.nanoTime();
        // metrics.csv without the O(n·m) path figures: the CSV folder of a 500k-tie project is the
        // input of the import benchmark, not a test of the analysis
        CsvFolderExporter.export(p, dir.resolve("csv"), Lang.JA, AnalysisOptions.FAST);
        System.out.printf("csv folder: %.2f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** A seeded synthetic project: kinds and sectors spread, a third of actors outside the region. */
    public static Project build(Path file, int nActors, int nTies) throws Exception {
        Random rnd = new Random(20_260_101L);
        String[] kinds = {"company", "university", "research_institute", "local_government", "financial", "support_body"};
        Sector[] sectors = {Sector.INDUSTRY, Sector.ACADEMIA, Sector.GOVERNMENT, Sector.GOVERNMENT, Sector.FINANCE, Sector.OTHER};
        String[] tieKinds = {"joint_research", "transaction", "funding", "personnel", "coordination"};
        try (ProjectFile pf = ProjectFile.create(file, "ベンチマーク クラスター")) {
            List<Actor> actors = new ArrayList<>(nActors);
            for (int i = 0; i < nActors; i++) {
                int k = i % 10 < 7 ? 0 : 1 + rnd.nextInt(kinds.length - 1);
                boolean inside = rnd.nextInt(3) > 0;
                actors.add(new Actor(0, "機関" + i + (i % 7 == 0 ? " 株式会社" : ""), kinds[k], sectors[k],
                        inside ? "北海道帯広市" : "東京都", i % 97 == 0 ? "US" : null, inside, "食品", List.of(),
                        i % 5 == 0 ? "メモ " + i : null, null, rnd.nextDouble() * 1000, rnd.nextDouble() * 1000));
            }
            List<Tie> tieList = new ArrayList<>(nTies);
            for (int i = 0; i < nTies; i++) {
                int a = rnd.nextInt(nActors);
                int b = rnd.nextInt(nActors - 1);
                if (b >= a) {
                    b++;
                }
                String kind = tieKinds[rnd.nextInt(tieKinds.length)];
                tieList.add(new Tie(0, -(a + 1L), -(b + 1L), kind, kind.equals("transaction") || kind.equals("funding"),
                        1 + rnd.nextInt(5), 1990 + rnd.nextInt(20), null, null, null));
            }
            pf.execute(new ImportNetworkCommand(EditDescription.of("bench"), actors, tieList));
            pf.execute(Edits.addFramework(FrameworkTemplate.TOKACHI_13));
            Project p = pf.snapshot();
            List<MatrixCell> cells = new ArrayList<>();
            int rows = Math.min(300, p.actors().size());
            for (int i = 0; i < rows; i++) {
                for (Element e : p.elements()) {
                    if (rnd.nextInt(4) == 0) {
                        cells.add(new MatrixCell(p.actors().get(i).id(), e.id(),
                                List.of(Mark.values()[rnd.nextInt(3)]), rnd.nextInt(5) == 0 ? "域内" : null));
                    }
                }
            }
            pf.execute(Edits.setCells(cells));
            if (!cells.isEmpty()) {
                MatrixCell c = cells.get(0);
                pf.execute(Edits.addFinding(new Finding(0, 1, "域外とのネットワークの不足",
                        Set.of(new CellRef(c.actorId(), c.elementId())))));
            }
            return pf.snapshot();
        }
    }
}
