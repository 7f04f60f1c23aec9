// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.analysis.BrokerageCalculator;
import org.kizuna.analysis.CliqueFinder;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.ClusteringCalculator;
import org.kizuna.analysis.ComponentCalculator;
import org.kizuna.analysis.CoreDecomposition;
import org.kizuna.analysis.MixingCalculator;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.NetworkGraph;
import org.kizuna.analysis.PageRankCalculator;
import org.kizuna.analysis.PathCentralityCalculator;
import org.kizuna.analysis.ScaleFreeGenerator;
import org.kizuna.analysis.StructuralHolesCalculator;
import org.kizuna.analysis.View;
import org.kizuna.model.Project;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kizuna bench}: times the analysis on generated scale-free directed networks written to real
 * project files. A benchmark, not a test: numbers depend on the machine (docs/performance.md).
 */
@Command(name = "bench", description = "Time the network analysis on generated scale-free networks.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", description = "Actor counts (default 1000,10000,100000).")
    List<Integer> sizes = new ArrayList<>(List.of(1000, 10_000, 100_000));

    @Option(names = "--seed", description = "Random seed (default 1).")
    long seed = 1;

    @Option(names = "--out-degree", description = "Mean out-degree (default 5).")
    int outDegree = 5;

    @Option(names = "--betweenness-max", paramLabel = "N",
            description = "Skip exact betweenness above this many actors (default 50000: it is O(n·m)).")
    int betweennessMax = 50_000;

    @Option(names = "--cliques-max", paramLabel = "N", description = "Skip cliques above this many actors (default 1000000).")
    int cliquesMax = 1_000_000;

    @Option(names = "--diagnose-max", paramLabel = "N",
            description = "Also time the whole ClusterDiagnosis.analyze up to this many actors (default 10000).")
    int diagnoseMax = 10_000;

    @Option(names = "--compare-jgrapht", description = "Also time JGraphT's betweenness and clique finder (up to 10000 actors).")
    boolean compareJGraphT;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the generated bench-N.kizuna files and write bench-N.csv edge lists (source,target) here.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "kizuna bench: seed %d, mean out-degree %d, %d processors, max heap %d MB%n", seed,
                outDegree, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp();
        out.println("times in ms, after a warm-up on an in-memory network of 2000 actors");
        out.printf(Locale.ROOT, "%9s %9s %8s %8s %8s %8s %8s %8s %9s %9s %10s %10s %8s %9s %8s %9s%n", "actors", "arcs",
                "read", "csr", "linear", "cluster", "cores", "constr", "brokerage", "all-but", "betw-dir", "betw-und",
                "cliques", "#cliques", "heap-MB", "diagnose");
        for (int n : sizes) {
            if (n < 2) {
                throw new UserException("sizes must be at least 2");
            }
            Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kizuna-bench");
            Path file = dir.resolve("bench-" + n + ".kizuna");
            Files.deleteIfExists(file);
            ScaleFreeGenerator.Generated gen = ScaleFreeGenerator.generate(n, outDegree, seed);
            try (ProjectFile pf = ProjectFile.create(file, "bench " + n)) {
                pf.execute(new ImportNetworkCommand(EditDescription.of("import", "bench"), gen.actors(), gen.ties()));
                pf.history().clear();
            }
            if (keep != null) {
                writeCsv(dir.resolve("bench-" + n + ".csv"), gen);
            }
            gen = null;
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Project p;
            try (ProjectFile pf = ProjectFile.open(file)) {
                p = pf.snapshot();
            }
            long tRead = System.nanoTime();
            NetworkGraph g = NetworkGraph.of(p, NetworkFilter.ALL);
            long t1 = System.nanoTime();
            ComponentCalculator.compute(g);
            PageRankCalculator.compute(g);
            MixingCalculator.eiIndex(g, new int[g.size()]);
            long degreeSum = 0;
            for (int v = 0; v < g.size(); v++) {
                degreeSum += g.inDegree(v) + g.outDegree(v);
            }
            long t2 = System.nanoTime();
            ClusteringCalculator.local(g, ClusteringCalculator.triangles(g));
            long t3 = System.nanoTime();
            CoreDecomposition.coreNumbers(g);
            long t4 = System.nanoTime();
            StructuralHolesCalculator.compute(g);
            long t5 = System.nanoTime();
            int[] groups = new int[g.size()];
            for (int v = 0; v < g.size(); v++) {
                groups[v] = g.actor(v).insideRegion() ? 0 : 1;
            }
            BrokerageCalculator.compute(g, groups);
            long t6 = System.nanoTime();
            String bd = "-";
            String bu = "-";
            if (n <= betweennessMax) {
                long b0 = System.nanoTime();
                PathCentralityCalculator.compute(g, View.DIRECTED);
                long b1 = System.nanoTime();
                PathCentralityCalculator.compute(g, View.UNDIRECTED);
                long b2 = System.nanoTime();
                bd = ms(b1 - b0);
                bu = ms(b2 - b1);
            }
            String cl = "-";
            String cc = "-";
            if (n <= cliquesMax) {
                long c0 = System.nanoTime();
                int count = CliqueFinder.maximalCliques(g, AnalysisOptions.DEFAULT.minCliqueSize()).size();
                cl = ms(System.nanoTime() - c0);
                cc = String.valueOf(count);
            }
            long heap = peakHeapMb();
            String diag = "-";
            if (n <= diagnoseMax) {
                // Best of three: the GUI re-runs the diagnosis after every edit, so the warm time is the one
                // a user feels; the first run pays for class loading and JIT compilation.
                long best = Long.MAX_VALUE;
                for (int rep = 0; rep < (n <= 2000 ? 3 : 1); rep++) {
                    long d0 = System.nanoTime();
                    ClusterDiagnosis.analyze(p, NetworkFilter.ALL, AnalysisOptions.DEFAULT);
                    best = Math.min(best, System.nanoTime() - d0);
                }
                diag = ms(best);
            }
            out.printf(Locale.ROOT, "%9d %9d %8s %8s %8s %8s %8s %8s %9s %9s %10s %10s %8s %9s %8d %9s%n", n,
                    degreeSum / 2, ms(tRead - t0), ms(t1 - tRead), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5),
                    ms(t6 - t0), bd, bu, cl, cc, heap, diag);
            if (compareJGraphT && n <= 10_000) {
                long j0 = System.nanoTime();
                var dg = org.kizuna.analysis.JGraphTViews.directed(g);
                long j1 = System.nanoTime();
                new org.jgrapht.alg.scoring.BetweennessCentrality<>(dg, true).getScores();
                long j2 = System.nanoTime();
                var ug = org.kizuna.analysis.JGraphTViews.undirected(g);
                int jc = 0;
                long j3 = System.nanoTime();
                for (var c : new org.jgrapht.alg.clique.DegeneracyBronKerboschCliqueFinder<>(ug)) {
                    jc += c.size() >= 3 ? 1 : 0;
                }
                long j4 = System.nanoTime();
                out.printf(Locale.ROOT, "%9s JGraphT: build directed %s, betweenness directed %s (one thread), cliques %s (%d)%n",
                        "", ms(j1 - j0), ms(j2 - j1), ms(j4 - j3), jc);
            }
            out.flush();
            if (keep == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
        out.println("read = open the project file and read the snapshot; csr = build the int-array graph;");
        out.println("linear = degrees, components, PageRank, E-I;");
        out.println("all-but = read through brokerage (everything except betweenness and cliques);");
        out.println("heap-MB = peak heap used up to here; diagnose = the whole ClusterDiagnosis.analyze");
        out.println("(all figures; best of 3 up to 2000 actors).");
        out.println("betw-dir/betw-und = exact Brandes betweenness (closeness comes with it), directed/undirected view.");
        return 0;
    }

    /** Runs every step a few times on a small network so the JIT has compiled the hot loops. */
    private void warmUp() {
        ScaleFreeGenerator.Generated gen = ScaleFreeGenerator.generate(2000, outDegree, seed + 1);
        List<org.kizuna.model.Actor> actors = new ArrayList<>();
        for (int i = 0; i < gen.actors().size(); i++) {
            actors.add(gen.actors().get(i).withId(i + 1));
        }
        NetworkGraph g = NetworkGraph.ofEdges(actors, gen.source(), gen.target(), true);
        int[] groups = new int[g.size()];
        for (int rep = 0; rep < 3; rep++) {
            ComponentCalculator.compute(g);
            PageRankCalculator.compute(g);
            ClusteringCalculator.triangles(g);
            CoreDecomposition.coreNumbers(g);
            StructuralHolesCalculator.compute(g);
            BrokerageCalculator.compute(g, groups);
            PathCentralityCalculator.compute(g, View.DIRECTED);
            PathCentralityCalculator.compute(g, View.UNDIRECTED);
            CliqueFinder.maximalCliques(g, 3);
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static void writeCsv(Path path, ScaleFreeGenerator.Generated gen) throws java.io.IOException {
        // through SafeWrite: a full disk is an error, and an earlier edge list stays whole
        org.kizuna.store.SafeWrite.write(path, org.kizuna.store.SafeWrite.Guard.NONE, os -> {
            BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            w.write("source,target\n");
            for (int i = 0; i < gen.source().length; i++) {
                w.write("a" + gen.source()[i] + ",a" + gen.target()[i] + "\n");
            }
            w.flush();
        });
    }
}
